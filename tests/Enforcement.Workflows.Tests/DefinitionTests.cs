using Enforcement.Workflows.Definitions;

namespace Enforcement.Workflows.Tests;

public sealed class DefinitionTests
{
    [Fact]
    public void The_four_shipped_processes_load_and_validate()
    {
        var catalog = DefinitionCatalog.Load(Harness.RepoPath("workflows"));
        Assert.Equal(["consumer-dispute@1", "qltt-enforcement@1", "qltt-enforcement@2", "qltt-enforcement@3", "referral@1", "triage@1"], catalog.All.Select(d => d.Key).Order());
    }

    [Theory]
    [InlineData("""{"id":"x","version":1,"start":"a","steps":[{"id":"a","type":"task","assignee":{"role":"inspector"},"outcomes":[{"name":"ok","to":"nowhere"}]},{"id":"end","type":"end"}]}""", "outcome 'ok' goes to unknown step 'nowhere'")]
    [InlineData("""{"id":"x","version":1,"start":"a","steps":[{"id":"a","type":"task","assignee":{"role":"inspector"},"outcomes":[{"name":"ok","to":"end"},{"name":"ok","to":"end"}]},{"id":"end","type":"end"}]}""", "duplicate outcome 'ok'")]
    [InlineData("""{"id":"x","version":1,"start":"a","steps":[{"id":"a","type":"timer","duration":{"days":0},"to":"end"},{"id":"end","type":"end"}]}""", "duration must be positive")]
    [InlineData("""{"id":"x","version":1,"start":"a","steps":[{"id":"a","type":"timer","duration":{"days":2,"calendar":"lunar"},"to":"end"},{"id":"end","type":"end"}]}""", "calendar must be 'calendar' or 'working'")]
    [InlineData("""{"id":"x","version":1,"start":"a","steps":[{"id":"a","type":"notify","template":"t","to":"end"},{"id":"orphan","type":"notify","template":"t","to":"end"},{"id":"end","type":"end"}]}""", "step 'orphan' is unreachable")]
    [InlineData("""{"id":"x","version":1,"start":"a","steps":[{"id":"a","type":"teleport"},{"id":"end","type":"end"}]}""", "unknown type 'teleport'")]
    [InlineData("""{"id":"x","version":1,"start":"missing","steps":[{"id":"end","type":"end"}]}""", "start step 'missing' is not defined")]
    [InlineData("""{"id":"x","version":1,"start":"a","steps":[{"id":"a","type":"task","outcomes":[{"name":"ok","to":"end"}]},{"id":"end","type":"end"}]}""", "a task needs an assignee")]
    [InlineData("""{"id":"x", "version": 1, "start": """, "not a valid definition")]
    [InlineData("""{"id":"x","version":1,"start":"a","steps":[{"id":"a","type":"handoff","agency":"CA","to":"end"},{"id":"end","type":"end"}]}""", "step 'a': a handoff must declare its grant")]
    [InlineData("""{"id":"x","version":1,"start":"a","steps":[{"id":"a","type":"handoff","agency":"CA","grant":"all","to":"end"},{"id":"end","type":"end"}]}""", "step 'a': a handoff must declare its grant")]
    [InlineData("""{"id":"x","version":1,"start":"end","steps":[{"id":"end","type":"end","continueWith":"no-such-process"}]}""", "continueWith names unknown process 'no-such-process'")]
    [InlineData("""{"id":"x","version":1,"start":"a","steps":[{"id":"a","type":"handoff","agencyFrom":"receiver","grant":"case","to":"end"},{"id":"end","type":"end"}]}""", "agencyFrom 'receiver' is not a choice field")]
    [InlineData("""{"id":"x","version":1,"start":"end","steps":[{"id":"end","type":"end","publicStatus":"resolved","publicNote":{"variable":"whyClosed"}}]}""", "publicNote variable 'whyClosed' is not a field")]
    [InlineData("""{"id":"x","version":1,"start":"a","steps":[{"id":"a","type":"task","assignee":{"role":"inspector"},"outcomes":[{"name":"ok","to":"end","form":[{"name":"n","type":"text","optionsFrom":"violations"}]}]},{"id":"end","type":"end"}]}""", "field 'n' has optionsFrom but is not a choice")]
    [InlineData("""{"id":"x","version":1,"start":"a","steps":[{"id":"a","type":"task","assignee":{"role":"inspector"},"outcomes":[{"name":"ok","to":"end","form":[{"name":"c","type":"choice","options":["a"],"optionsFrom":"violations"}]}]},{"id":"end","type":"end"}]}""", "choice field 'c' needs either options or optionsFrom")]
    [InlineData("""{"id":"x","version":1,"start":"a","steps":[{"id":"a","type":"task","assignee":{"role":"inspector"},"outcomes":[{"name":"ok","to":"end","form":[{"name":"paidOn","type":"text"}]}],"deadline":{"duration":{"days":10},"from":"paidOn"}},{"id":"end","type":"end"}]}""", "deadline from 'paidOn' is not a date field")]
    [InlineData("""{"id":"x","version":1,"start":"a","steps":[{"id":"a","type":"handoff","agency":"CA","grant":"case","dossier":{"reason":"why"},"to":"end"},{"id":"end","type":"end"}]}""", "dossier variable 'why' is not a text field")]
    [InlineData("""{"id":"x","version":1,"start":"a","steps":[{"id":"a","type":"task","assignee":{"role":"inspector"},"outcomes":[{"name":"ok","to":"h","form":[{"name":"why","type":"text"},{"name":"share","type":"boolean"},{"name":"purpose","type":"text"}]}]},{"id":"h","type":"handoff","agency":"CA","grant":"case","dossier":{"reason":"why","shareContact":"share","sharePurpose":"purpose"},"to":"end"},{"id":"end","type":"end"}]}""", "dossier sharePurpose 'purpose' must be requiredWhen 'share'")]
    [InlineData("""{"id":"x","version":1,"start":"a","steps":[{"id":"a","type":"handoff","agency":"CA","grant":"case","dossier":{"reason":"why","shareContact":"share"},"to":"end"},{"id":"end","type":"end"}]}""", "names both shareContact and sharePurpose, or neither")]
    [InlineData("""{"id":"x","version":1,"start":"a","steps":[{"id":"a","type":"notify","template":"t","dossier":{"reason":"why"},"to":"end"},{"id":"end","type":"end"}]}""", "only a handoff carries a dossier")]
    [InlineData("""{"id":"x","version":1,"start":"a","steps":[{"id":"a","type":"task","assignee":{"role":"inspector"},"outcomes":[{"name":"ok","to":"end","form":[{"name":"purpose","type":"text","requiredWhen":"share"}]}]},{"id":"end","type":"end"}]}""", "field 'purpose' is requiredWhen 'share', which is not a boolean field of the same form")]
    [InlineData("""{"id":"x","version":1,"start":"a","steps":[{"id":"a","type":"task","assignee":{"role":"team_lead"},"notBy":"nowhere","outcomes":[{"name":"ok","to":"end"}]},{"id":"end","type":"end"}]}""", "step 'a': notBy 'nowhere' must name another task step")]
    [InlineData("""{"id":"x","version":1,"start":"a","steps":[{"id":"a","type":"task","assignee":{"role":"team_lead"},"notBy":"a","outcomes":[{"name":"ok","to":"end"}]},{"id":"end","type":"end"}]}""", "step 'a': notBy 'a' must name another task step")]
    [InlineData("""{"id":"x","version":1,"start":"a","steps":[{"id":"a","type":"task","assignee":{"role":"inspector"},"outcomes":[{"name":"ok","to":"n"}]},{"id":"n","type":"notify","template":"t","notBy":"a","to":"end"},{"id":"end","type":"end"}]}""", "step 'n': only a task can declare notBy")]
    public void A_bad_definition_stops_loading_with_the_file_and_the_problem(string json, string expected)
    {
        var folder = Directory.CreateTempSubdirectory("wf-bad-").FullName;
        File.WriteAllText(Path.Combine(folder, "broken-process.json"), json);

        var error = Assert.Throws<InvalidWorkflowDefinitionException>(() => DefinitionCatalog.Load(folder));

        Assert.Contains("broken-process.json", error.Message, StringComparison.Ordinal);
        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("asignee", "steps[0].asignee: NoAdditionalPropertiesAllowed")]      // a typo the loader alone would ignore
    [InlineData("publicNote", "steps[0].publicNote.colour: NoAdditionalPropertiesAllowed")]
    public void A_definition_that_breaks_the_shipped_schema_stops_loading_and_names_the_file(string property, string expected)
    {
        var folder = Directory.CreateTempSubdirectory("wf-schema-").FullName;
        Directory.CreateDirectory(Path.Combine(folder, "schema"));
        File.Copy(Harness.RepoPath("workflows", "schema", "workflow.schema.json"), Path.Combine(folder, "schema", "workflow.schema.json"));
        var extra = property == "asignee" ? "\"asignee\":{\"role\":\"inspector\"}," : "\"publicNote\":{\"colour\":\"red\"},";
        File.WriteAllText(Path.Combine(folder, "typo.json"), "{\"id\":\"x\",\"version\":1,\"start\":\"a\",\"steps\":[{\"id\":\"a\",\"type\":\"task\"," + extra +
            "\"assignee\":{\"role\":\"inspector\"},\"outcomes\":[{\"name\":\"ok\",\"to\":\"end\"}]},{\"id\":\"end\",\"type\":\"end\"}]}");

        var error = Assert.Throws<InvalidWorkflowDefinitionException>(() => DefinitionCatalog.Load(folder));

        Assert.Contains("typo.json: " + expected, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_field_required_when_a_box_is_ticked_is_required_only_then()
    {
        FieldDefinition[] form = [new() { Name = "share", Type = "boolean" }, new() { Name = "purpose", RequiredWhen = "share" }];
        Assert.Equal(["required"], Runtime.FormValidator.Validate(form, new Dictionary<string, string?> { ["share"] = "true" }, Runtime.FieldOptions.None).Errors["purpose"]);
        Assert.Empty(Runtime.FormValidator.Validate(form, new Dictionary<string, string?> { ["share"] = "false" }, Runtime.FieldOptions.None).Errors);
        Assert.Empty(Runtime.FormValidator.Validate(form, new Dictionary<string, string?> { ["share"] = "on", ["purpose"] = "Lấy lời khai" }, Runtime.FieldOptions.None).Errors);
    }

    [Fact]
    public void Variables_may_come_from_the_process_that_continues_into_this_one()
    {
        // referral reads referralAgency, chosen in triage's form.
        var catalog = DefinitionCatalog.Load(Harness.RepoPath("workflows"));
        Assert.Equal("referralAgency", catalog.Latest("referral").Step("hand-over")!.AgencyFrom);
    }
}
