namespace Enforcement.Api.Tests.Cases;

/// <summary>The competence table is data, checked when the app starts (AddCases loads it): a bad file stops the start and says why.</summary>
public sealed class PenaltyCompetenceFileTests
{
    private static InvalidOperationException Broken(string json) => Assert.Throws<InvalidOperationException>(() =>
        Enforcement.Api.Cases.Approvals.PenaltyCompetence.Parse(new MemoryStream(System.Text.Encoding.UTF8.GetBytes(json)), "penalty-competence.json"));

    [Fact]
    public void The_shipped_table_loads_marked_unverified_and_a_bad_one_is_refused_naming_the_file_and_each_problem()
    {
        var shipped = Enforcement.Api.Cases.Approvals.PenaltyCompetence.Load();
        Assert.False(shipped.Verified);
        Assert.Equal([("inspector", 500_000L), ("team_lead", 25_000_000L), ("supervisor", 50_000_000L)], shipped.Roles.Select(r => (r.Role, r.MaxFineVnd)));

        var error = Broken("""
            {"verified":false,"organisationMultiplier":0,"roles":[
              {"role":"chief","title":{"vi":"Trưởng"},"maxFineVnd":1000,"basis":"Điều 46"},
              {"role":"team_lead","title":{"en":"Lead"},"maxFineVnd":0,"basis":""},
              {"role":"team_lead","title":{"vi":"Đội trưởng"},"maxFineVnd":1,"basis":"Điều 46"}]}
            """).Message;
        Assert.StartsWith("penalty-competence.json is invalid", error, StringComparison.Ordinal);
        foreach (var problem in new[] { "organisationMultiplier must be 1 or more", "duplicate role 'team_lead'", "'chief' is not a role of the product",
                     "'team_lead': maxFineVnd must be positive", "'team_lead': needs a Vietnamese title", "'team_lead': needs its legal basis", "beyond: needs" })
            Assert.Contains(problem, error, StringComparison.Ordinal);
        Assert.StartsWith("penalty-competence.json is invalid", Broken("""{"roles": [""").Message, StringComparison.Ordinal);
    }
}
