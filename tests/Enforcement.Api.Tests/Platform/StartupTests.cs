using Enforcement.Api.Tests.Infrastructure;
using Enforcement.Workflows.Definitions;

namespace Enforcement.Api.Tests.Platform;

public sealed class StartupTests
{
    private sealed class BrokenDefinitionsApp(string folder) : SqliteApp
    {
        protected override IDictionary<string, string?> ExtraSettings => new Dictionary<string, string?> { ["Workflows:DefinitionsFolder"] = folder };
    }

    [Fact]
    public void The_app_refuses_to_start_on_an_invalid_definition_and_names_the_file()
    {
        var folder = Directory.CreateTempSubdirectory("wf-startup-").FullName;
        Directory.CreateDirectory(Path.Combine(folder, "calendar"));
        File.WriteAllText(Path.Combine(folder, "qltt-enforcement.json"), """
            {"id":"qltt-enforcement","version":2,"start":"verification","steps":[
              {"id":"verification","type":"task","assignee":{"agency":"QLTT","role":"inspector"},"outcomes":[{"name":"ok","to":"inspection"}]},
              {"id":"end","type":"end"}]}
            """);
        using var app = new BrokenDefinitionsApp(folder);

        var error = Assert.ThrowsAny<Exception>(() => app.CreateClient());
        var invalid = error as InvalidWorkflowDefinitionException ?? error.InnerException as InvalidWorkflowDefinitionException;
        Assert.NotNull(invalid);
        Assert.Contains("qltt-enforcement.json: step 'verification': outcome 'ok' goes to unknown step 'inspection'", invalid.Message, StringComparison.Ordinal);
    }
}

public sealed class EmailLeaseStartupTests
{
    private sealed class SlowTimeoutApp : SqliteApp
    {
        protected override IDictionary<string, string?> ExtraSettings => new Dictionary<string, string?> { ["Email:LeaseSeconds"] = "30", ["Email:SmtpTimeoutSeconds"] = "20" };
    }

    [Fact]
    public void An_smtp_timeout_that_could_outlast_the_outbox_lease_stops_the_start()
    {
        using var app = new SlowTimeoutApp();
        var error = Assert.ThrowsAny<Exception>(() => app.CreateClient());
        Assert.Contains("Email:SmtpTimeoutSeconds must be under half of Email:LeaseSeconds", error.ToString(), StringComparison.Ordinal);
    }
}
