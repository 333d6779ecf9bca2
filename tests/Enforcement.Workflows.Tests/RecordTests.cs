using Enforcement.Workflows.Definitions;
using Enforcement.Workflows.Runtime;

namespace Enforcement.Workflows.Tests;

/// <summary>Records declared by outcomes and steps, and choice options from the application's sources.</summary>
public sealed class RecordTests
{
    private const string Process = """
        {"id":"fine","version":1,"start":"decide","steps":[
          {"id":"decide","type":"task","assignee":{"agency":"QLTT","role":"inspector"},"outcomes":[
            {"name":"issued","to":"collect","record":"penalty","form":[
              {"name":"violation","type":"choice","optionsFrom":"violations","required":true},
              {"name":"fine","type":"number","required":true},{"name":"received","type":"date","required":true}]}]},
          {"id":"collect","type":"task","assignee":{"agency":"QLTT","role":"inspector"},"deadline":{"duration":{"days":10},"from":"received"},
           "outcomes":[{"name":"paid","to":"done"}]},
          {"id":"done","type":"end","result":"closed","record":"closed"}]}
        """;

    private static DefinitionCatalog Catalog(string json = Process, string file = "fine.json")
    {
        var folder = Directory.CreateTempSubdirectory("wf-records-").FullName;
        File.WriteAllText(Path.Combine(folder, file), json);
        return DefinitionCatalog.Load(folder);
    }

    private static Dictionary<string, string?> Issued(string violation = "nd98-d11-k2") =>
        new() { ["violation"] = violation, ["fine"] = "15000000", ["received"] = "2026-02-10" };

    private static readonly DateTimeOffset CaseOpened = new(2026, 2, 9, 2, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task An_outcome_record_is_checked_then_written_with_the_typed_values_and_an_end_step_record_when_entered()
    {
        await using var h = Harness.Create(catalog: Catalog(), start: CaseOpened);
        var instance = await h.StartAsync("fine");
        h.Clock.Advance(TimeSpan.FromDays(4)); // decided on 13/02, days after the case opened: form dates may not precede the case
        Assert.IsType<WorkflowResult.Ok>(await h.CompleteAsync((await h.OpenTaskAsync(instance.Id)).Id, "issued", Actors.Inspector, Issued()));

        var values = """{"violation":"nd98-d11-k2","fine":15000000,"received":"2026-02-10"}""";
        Assert.Equal([$"check:penalty:{values}", $"record:penalty:decide:{values}:True"], h.HookEvents.ToList());
        // The deadline counts 10 days from the day received (10/02), not from today (13/02): due at the end of 20/02.
        var collect = await h.OpenTaskAsync(instance.Id);
        Assert.Equal("21/02/2026 00:00", h.Calendar.FormatLocal(collect.DueAt!.Value));

        Assert.IsType<WorkflowResult.Ok>(await h.CompleteAsync(collect.Id, "paid", Actors.Inspector));
        Assert.Equal("record:closed:done:{}:True", h.HookEvents.Last());
    }

    [Fact]
    public async Task A_record_the_application_refuses_leaves_the_task_open_and_writes_nothing()
    {
        await using var h = Harness.Create(catalog: Catalog(), start: CaseOpened);
        h.Services.GetService(typeof(RecordingHooks.Log)).As<RecordingHooks.Log>().RecordErrors["fine"] = ["fine_range|10000000|20000000"];
        var instance = await h.StartAsync("fine");
        h.Clock.Advance(TimeSpan.FromDays(4)); // decided on 13/02, days after the case opened: form dates may not precede the case
        var task = await h.OpenTaskAsync(instance.Id);

        var invalid = Assert.IsType<WorkflowResult.Invalid>(await h.CompleteAsync(task.Id, "issued", Actors.Inspector, Issued()));

        Assert.Equal(["fine_range|10000000|20000000"], invalid.Errors["fine"]);
        Assert.Equal(TaskStatuses.Open, (await h.OpenTaskAsync(instance.Id)).Status);
        Assert.DoesNotContain(h.HookEvents, e => e.StartsWith("record:", StringComparison.Ordinal));
        Assert.DoesNotContain(await h.JournalAsync(instance.Id), j => j.Kind == JournalKinds.TaskCompleted);
        Assert.Equal("{}", (await h.InstanceAsync(instance.Id)).Variables); // the values set for the check were not saved
    }

    [Fact]
    public async Task A_choice_from_an_option_source_accepts_only_the_sources_values()
    {
        await using var h = Harness.Create(catalog: Catalog(), start: CaseOpened);
        var instance = await h.StartAsync("fine");
        h.Clock.Advance(TimeSpan.FromDays(4)); // decided on 13/02, days after the case opened: form dates may not precede the case
        var task = await h.OpenTaskAsync(instance.Id);

        var invalid = Assert.IsType<WorkflowResult.Invalid>(await h.CompleteAsync(task.Id, "issued", Actors.Inspector, Issued("nd98-d99-k9")));
        Assert.Equal(["option"], invalid.Errors["violation"]);
        Assert.IsType<WorkflowResult.Ok>(await h.CompleteAsync(task.Id, "issued", Actors.Inspector, Issued("nd98-d11-k1")));
    }

    [Fact]
    public async Task A_definition_naming_an_unknown_option_source_stops_the_start_and_names_the_file()
    {
        var catalog = Catalog(Process.Replace("\"violations\"", "\"violation-list\"", StringComparison.Ordinal), "fine-v1.json");

        var error = await Assert.ThrowsAsync<InvalidWorkflowDefinitionException>(() => new OptionSourcesCheck(catalog, TestOptionSources.Options).StartAsync(default));

        Assert.Contains("fine-v1.json: step 'decide': field 'violation' takes options from unknown source 'violation-list'", error.Message, StringComparison.Ordinal);
        await new OptionSourcesCheck(Catalog(), TestOptionSources.Options).StartAsync(default); // the known source passes
    }
}

internal static class ObjectCasts
{
    public static T As<T>(this object? o) => (T)o!;
}
