using Enforcement.Workflows.Runtime;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Enforcement.Workflows.Tests;

public sealed class ArchiveTests
{
    [Fact]
    public async Task A_finished_journal_past_retention_is_compressed_and_still_reads_the_same()
    {
        await using var h = Harness.Create();
        var instance = await h.StartAsync("triage");
        var task = await h.OpenTaskAsync(instance.Id);
        Assert.IsType<WorkflowResult.Ok>(await h.CompleteAsync(task.Id, "reject", Actors.Supervisor, new() { ["rejectionReason"] = "Không thuộc thẩm quyền" }));
        var running = await h.StartAsync("triage");
        var before = await h.WithRuntimeAsync((_, db) => JournalArchiver.ReadAsync(db, [instance.Id], default));

        var archiver = (DbContext db) => new JournalArchiver(db, Options.Create(new WorkflowOptions { JournalRetentionDays = 30 }), h.Clock);
        Assert.Equal(0, await h.WithRuntimeAsync((_, db) => archiver(db).ArchiveAsync(10, default))); // not old enough yet
        h.Clock.Advance(TimeSpan.FromDays(31));
        Assert.Equal(1, await h.WithRuntimeAsync((_, db) => archiver(db).ArchiveAsync(10, default))); // only the finished one
        Assert.Equal(0, await h.WithRuntimeAsync((_, db) => archiver(db).ArchiveAsync(10, default)));

        Assert.Empty(await h.JournalAsync(instance.Id));
        Assert.NotEmpty(await h.JournalAsync(running.Id));
        var after = await h.WithRuntimeAsync((_, db) => JournalArchiver.ReadAsync(db, [instance.Id], default));
        Assert.Equal(before.Select(j => (j.Id, j.Kind, j.StepId, j.Actor, j.Outcome, j.Data, j.At)), after.Select(j => (j.Id, j.Kind, j.StepId, j.Actor, j.Outcome, j.Data, j.At)));
    }
}
