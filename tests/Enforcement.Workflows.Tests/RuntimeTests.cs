using System.Text.Json.Nodes;
using Enforcement.Workflows.Runtime;

namespace Enforcement.Workflows.Tests;

/// <summary>The processes walked with a hand-moved clock on a real SQLite database.</summary>
public sealed class RuntimeTests : IAsyncLifetime
{
    private Harness _h = null!;

    public Task InitializeAsync()
    {
        _h = Harness.Create();
        return Task.CompletedTask;
    }

    public async Task DisposeAsync() => await _h.DisposeAsync();

    private static Dictionary<string, string?> Form(params (string, string?)[] fields) => fields.ToDictionary(f => f.Item1, f => f.Item2);

    [Fact]
    public async Task Enforcement_with_a_complex_case_gets_30_days_one_supervisor_extension_and_escalates_when_late()
    {
        var instance = await _h.StartAsync("qltt-enforcement");
        Assert.IsType<WorkflowResult.Ok>(await _h.CompleteAsync((await _h.OpenTaskAsync(instance.Id)).Id, "confirmed", Actors.Inspector));
        Assert.IsType<WorkflowResult.Ok>(await _h.CompleteAsync((await _h.OpenTaskAsync(instance.Id)).Id, "done", Actors.Inspector,
            Form(("findings", "Bán 120 chai nước mắm giả nhãn"), ("violationFound", "true"), ("complex", "true"))));
        Assert.IsType<WorkflowResult.Ok>(await _h.CompleteAsync((await _h.OpenTaskAsync(instance.Id)).Id, "recorded", Actors.Inspector,
            Form(("recordNumber", "BB-01/2026"), ("recordDate", "2026-02-13"), ("goodsCategory", "counterfeit"), ("violationCode", "nd98-d11-k1"),
                ("offenderType", "individual"), ("goodsDescription", "120 chai nước mắm"), ("goodsValueVnd", "2400000"))));

        var penalty = await _h.OpenTaskAsync(instance.Id);
        Assert.Equal("penalty-decision", penalty.StepId);
        Assert.Equal("16/03/2026 00:00", _h.Calendar.FormatLocal(penalty.DueAt!.Value)); // complex: 30 days from 13/02

        // Only the supervisor approves, only once, and by at most 30 days.
        Assert.IsType<WorkflowResult.Forbidden>(await _h.WithRuntimeAsync((rt, _) => rt.ExtendDeadlineAsync(penalty.Id, 10, "Chờ giám định", Actors.Inspector, default)));
        Assert.IsType<WorkflowResult.Invalid>(await _h.WithRuntimeAsync((rt, _) => rt.ExtendDeadlineAsync(penalty.Id, 31, "Chờ giám định", Actors.Supervisor, default)));
        Assert.IsType<WorkflowResult.Ok>(await _h.WithRuntimeAsync((rt, _) => rt.ExtendDeadlineAsync(penalty.Id, 30, "Chờ kết quả giám định", Actors.Supervisor, default)));
        Assert.IsType<WorkflowResult.Conflict>(await _h.WithRuntimeAsync((rt, _) => rt.ExtendDeadlineAsync(penalty.Id, 5, "Lần hai", Actors.Supervisor, default)));
        var extended = await _h.OpenTaskAsync(instance.Id);
        Assert.Equal(penalty.DueAt!.Value.AddDays(30), extended.DueAt);

        _h.Clock.Advance(TimeSpan.FromDays(59));
        Assert.Equal(0, await _h.RunTimersAsync()); // the first deadline's timer was replaced
        _h.Clock.Advance(TimeSpan.FromDays(2));
        Assert.Equal(1, await _h.RunTimersAsync());
        Assert.True((await _h.OpenTaskAsync(instance.Id)).Escalated);

        Assert.IsType<WorkflowResult.Ok>(await _h.CompleteAsync(extended.Id, "proposed", Actors.Inspector, Form(("decisionNumber", "QĐ-15/2026"), ("fineVnd", "25000000"),
            ("decisionDate", "2026-04-14"), ("decisionReceivedDate", "2026-04-15"))));
        // The approval's notBy: the proposer can neither approve nor be given the task; another person approves.
        var approval = await _h.OpenTaskAsync(instance.Id);
        Assert.Equal("penalty-approval", approval.StepId);
        Assert.Equal("not_by", Assert.IsType<WorkflowResult.Forbidden>(await _h.CompleteAsync(approval.Id, "approve", Actors.Inspector)).Reason);
        Assert.Equal("not_by", Assert.IsType<WorkflowResult.Forbidden>(await _h.WithRuntimeAsync((rt, _) => rt.AssignAsync(approval.Id, Actors.Inspector, Actors.TeamLead, default))).Reason);
        Assert.Equal(TaskStatuses.Open, (await _h.OpenTaskAsync(instance.Id)).Status);
        Assert.IsType<WorkflowResult.Ok>(await _h.CompleteAsync(approval.Id, "approve", Actors.Inspector2));
        // The fine is due 10 days after the decision was received (Art. 73), not 10 days from now.
        var collection = await _h.OpenTaskAsync(instance.Id);
        Assert.Equal("fine-collection", collection.StepId);
        Assert.Equal("26/04/2026 00:00", _h.Calendar.FormatLocal(collection.DueAt!.Value));
        Assert.IsType<WorkflowResult.Ok>(await _h.CompleteAsync(collection.Id, "collected", Actors.Inspector, Form(("amountVnd", "25000000"), ("collectedDate", "2026-04-15"))));
        Assert.IsType<WorkflowResult.Ok>(await _h.CompleteAsync((await _h.OpenTaskAsync(instance.Id)).Id, "complied", Actors.Inspector));

        var done = await _h.InstanceAsync(instance.Id);
        Assert.Equal(InstanceStatuses.Completed, done.Status);
        Assert.Equal("closed", done.Result);
        var journal = await _h.JournalAsync(instance.Id);
        Assert.Contains(journal, j => j.Kind == JournalKinds.Extended && j.Actor == "supervisor" && j.Comment == "Chờ kết quả giám định");
        Assert.Contains(journal, j => j.Kind == JournalKinds.DeadlineExpired && j.StepId == "penalty-decision");
        Assert.Contains(journal, j => j.Kind == JournalKinds.Decided && j.Outcome == "violation-record");
        Assert.Contains(journal, j => j.Kind == JournalKinds.Notified && j.Outcome == "case_closed");
        Assert.Contains("notify:deadline_escalation:supervisor", _h.HookEvents);
        Assert.Contains("notify:case_closed:complainant", _h.HookEvents);
    }

    [Fact]
    public async Task Signs_of_a_crime_hand_the_case_to_the_police_who_return_it_and_QLTT_continues_where_it_was()
    {
        var instance = await _h.StartAsync("qltt-enforcement");
        var verification = await _h.OpenTaskAsync(instance.Id);
        Assert.IsType<WorkflowResult.Ok>(await _h.CompleteAsync(verification.Id, "confirmed", Actors.Inspector));

        var signal = await _h.WithRuntimeAsync((rt, _) => rt.SignalAsync(instance.Id, "crimeSigns", Form(("crimeDescription", "Kho chứa 5.000 sản phẩm giả")), null, Actors.Inspector, default));
        Assert.IsType<WorkflowResult.Ok>(signal);
        var police = await _h.OpenTaskAsync(instance.Id);
        Assert.Equal(("police-review", "CA"), (police.StepId, police.Agency));
        Assert.IsType<WorkflowResult.Forbidden>(await _h.CompleteAsync(police.Id, "returned", Actors.Inspector, Form(("returnReason", "x"))));
        Assert.IsType<WorkflowResult.Invalid>(await _h.CompleteAsync(police.Id, "returned", Actors.Police));
        Assert.IsType<WorkflowResult.Ok>(await _h.CompleteAsync(police.Id, "returned", Actors.Police, Form(("returnReason", "Chưa đủ định lượng để khởi tố"))));

        var resumed = await _h.OpenTaskAsync(instance.Id);
        Assert.Equal("inspection", resumed.StepId);
        var journal = await _h.JournalAsync(instance.Id);
        Assert.Contains(journal, j => j.Kind == JournalKinds.Handoff && j.Outcome == "CA");
        Assert.Equal(["handoff:CA", "check:handoff_returned", "record:handoff_returned"], _h.HookEvents.Select(e => string.Join(':', e.Split(':').Take(2))));
        Assert.Contains(journal, j => j.Kind == JournalKinds.Signal && j.Outcome == "crimeSigns" && j.Actor == "inspector");
    }

    [Fact]
    public async Task A_business_that_does_not_answer_in_7_working_days_sends_the_dispute_to_mediation()
    {
        var instance = await _h.StartAsync("consumer-dispute");
        Assert.IsType<WorkflowResult.Ok>(await _h.CompleteAsync((await _h.OpenTaskAsync(instance.Id)).Id, "notified", Actors.Inspector));
        var waiting = await _h.OpenTaskAsync(instance.Id);
        Assert.Equal("await-response", waiting.StepId);

        // Notified Friday 13/02/2026: Tết takes 16–20/02, so 7 working days end on 03/03.
        _h.Clock.Advance(TimeSpan.FromDays(18));
        Assert.Equal(0, await _h.RunTimersAsync());
        _h.Clock.Advance(TimeSpan.FromDays(1));
        Assert.Equal(1, await _h.RunTimersAsync());

        var mediation = await _h.OpenTaskAsync(instance.Id);
        Assert.Equal(("mediation", "BVNTD"), (mediation.StepId, mediation.Agency));
        Assert.Contains("handoff:BVNTD", _h.HookEvents);
        Assert.IsType<WorkflowResult.Ok>(await _h.CompleteAsync(mediation.Id, "resolved", Actors.Association, Form(("settlement", "Hoàn tiền 1.200.000 đ"))));
        Assert.Equal("resolved", (await _h.InstanceAsync(instance.Id)).Result);
    }

    [Fact]
    public async Task Triage_chains_into_the_chosen_route_and_a_rejection_needs_a_reason()
    {
        var triage = await _h.StartAsync("triage", new JsonObject { ["category"] = "ip_infringement" });
        var classify = await _h.OpenTaskAsync(triage.Id);
        Assert.IsType<WorkflowResult.Forbidden>(await _h.CompleteAsync(classify.Id, "reject", Actors.Inspector, Form(("rejectionReason", "x"))));
        var missing = Assert.IsType<WorkflowResult.Invalid>(await _h.CompleteAsync(classify.Id, "reject", Actors.Supervisor));
        Assert.Equal(["required"], missing.Errors["rejectionReason"]);
        var unknown = Assert.IsType<WorkflowResult.Invalid>(await _h.CompleteAsync(classify.Id, "teleport", Actors.Supervisor));
        Assert.Equal(["unknown_outcome"], unknown.Errors["outcome"]);

        Assert.IsType<WorkflowResult.Ok>(await _h.CompleteAsync(classify.Id, "referral", Actors.Supervisor, Form(("referralAgency", "KHCN"), ("referralReason", "Xâm phạm nhãn hiệu"))));
        var referral = await _h.WithRuntimeAsync((_, db) => Task.FromResult(db.Set<WorkflowInstance>().Single(i => i.DefinitionId == "referral" && i.CorrelationId == triage.CorrelationId)));
        var review = await _h.OpenTaskAsync(referral.Id);
        Assert.Equal(("receiver-review", "KHCN"), (review.StepId, review.Agency));
        Assert.IsType<WorkflowResult.Conflict>(await _h.CompleteAsync(classify.Id, "enforcement", Actors.Supervisor));
    }

    [Fact]
    public async Task Two_people_completing_the_same_task_one_wins_and_the_other_gets_a_conflict()
    {
        var instance = await _h.StartAsync("qltt-enforcement");
        var task = await _h.OpenTaskAsync(instance.Id);
        var results = await Task.WhenAll(
            _h.CompleteAsync(task.Id, "confirmed", Actors.Inspector),
            _h.CompleteAsync(task.Id, "unfounded", Actors.Inspector2, Form(("closingReason", "Trùng lặp"))));
        Assert.Single(results, r => r is WorkflowResult.Ok);
        Assert.Single(results, r => r is WorkflowResult.Conflict);
        Assert.Single(await _h.WithRuntimeAsync((_, db) => Task.FromResult(db.Set<WorkflowTask>().Where(t => t.InstanceId == instance.Id && t.Status == TaskStatuses.Open).ToList())));
    }
}
