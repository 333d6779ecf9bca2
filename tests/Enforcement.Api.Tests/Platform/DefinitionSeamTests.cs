using Enforcement.Api.Tests.Cases;
using Enforcement.Api.Tests.Infrastructure;
using Enforcement.Workflows.Definitions;

namespace Enforcement.Api.Tests.Platform;

/// <summary>The app on a given SQLite file and workflows folder, so one database can be reopened with other definitions.</summary>
internal sealed class FolderApp(string databaseFile, string workflowsFolder, string provider = "Sqlite") : AppFactory
{
    public ManualClock Clock { get; } = new(new DateTimeOffset(2026, 11, 20, 2, 0, 0, TimeSpan.Zero));
    protected override string Provider => provider;

    /// <summary>A SQLite file, or a PostgreSQL connection string when the provider is Postgres.</summary>
    protected override string ConnectionString => provider == "Postgres" ? databaseFile : $"Data Source={databaseFile}";
    protected override TimeProvider TestClock => Clock;
    protected override IDictionary<string, string?> ExtraSettings => new Dictionary<string, string?>(CaseClient.Settings) { ["Workflows:DefinitionsFolder"] = workflowsFolder };
}

/// <summary>What a complainant sees and which agency may read a case are declared in workflows/*.json and checked at start-up.</summary>
public sealed class DefinitionSeamTests
{
    private static string RepoWorkflows() => WorkflowFolders.Repo();

    private static string CopyWith(string file, Func<string, string> edit) => WorkflowFolders.CopyWith(file, edit);

    private static string NewDatabase() => Path.Combine(Path.GetTempPath(), $"enf-seam-{Guid.NewGuid():N}.db");

    private static InvalidWorkflowDefinitionException StartupFailure(AppFactory app)
    {
        var error = Assert.ThrowsAny<Exception>(() => app.CreateClient());
        for (var e = (Exception?)error; e is not null; e = e.InnerException)
            if (e is InvalidWorkflowDefinitionException invalid) return invalid;
        throw new Xunit.Sdk.XunitException($"expected the app to refuse its definitions, got: {error}");
    }

    [Fact]
    public async Task Renaming_a_step_in_the_json_keeps_the_complainants_status_page_right()
    {
        var folder = CopyWith("qltt-enforcement.v3.json", t => t.Replace("\"verification\"", "\"xac-minh\"", StringComparison.Ordinal));
        await using var app = new FolderApp(NewDatabase(), folder);
        var code = await app.FileAsync();

        await (await app.StaffClientAsync("supervisor")).DoAsync(code, "classify", "enforcement");

        await (await app.StaffClientAsync("inspector")).TaskAtAsync(code, "xac-minh");
        Assert.Equal("in_progress", await app.PublicStatusAsync(code));
    }

    [Theory]
    [InlineData("qltt-enforcement.json", "\"publicStatus\": \"in_progress\"", "\"publicStatus\": \"almost_done\"", "qltt-enforcement.json: step 'verification': publicStatus 'almost_done' is not a complaint status")]
    [InlineData("qltt-enforcement.json", "\"agency\": \"CA\"", "\"agency\": \"CA-OLD\"", "qltt-enforcement.json: step 'to-police': names agency 'CA-OLD', which does not exist")]
    [InlineData("triage.json", "\"recipient\": \"complainant\"", "\"recipient\": \"business\"", "triage.json: step 'notify-rejected': notifies 'business'")]
    [InlineData("referral.json", "\"grant\": \"case\",\n      \"dossier\": {\n        \"reason\": \"referralReason\",\n        \"shareContact\": \"referralShareContact\",\n        \"sharePurpose\": \"referralSharePurpose\"\n      }",
        "\"grant\": \"case\"", "referral.json: step 'hand-over': hands the case over without a dossier")]
    public void A_definition_the_product_cannot_honour_stops_the_start_and_names_the_file(string file, string from, string to, string expected)
    {
        var folder = CopyWith(file, t => t.Replace(from, to, StringComparison.Ordinal));
        using var app = new FolderApp(NewDatabase(), folder);

        Assert.Contains(expected, StartupFailure(app).Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_version_that_running_cases_still_follow_cannot_disappear()
    {
        var database = NewDatabase();
        await using (var first = new FolderApp(database, RepoWorkflows()))
            await first.FileAsync(); // a case waiting in triage version 1

        var folder = CopyWith("triage.json", t => t.Replace("\"version\": 1", "\"version\": 2", StringComparison.Ordinal));
        using var second = new FolderApp(database, folder);

        Assert.Matches(@"triage@1 \(\d+ running\): running cases follow this version but no file defines it", StartupFailure(second).Message);
    }
}
