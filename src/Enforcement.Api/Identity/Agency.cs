namespace Enforcement.Api.Identity;

/// <summary>A state body that handles complaints: Chi cục QLTT, Công an tỉnh, Hội BVNTD, Sở KH&amp;CN…</summary>
internal sealed class Agency
{
    public int Id { get; set; }
    public required string Code { get; set; }
    public required string Name { get; set; }
    public required string NameEn { get; set; }
    public required string Kind { get; set; }
    public List<Team> Teams { get; set; } = [];
}

/// <summary>A unit inside an agency, e.g. a QLTT field team (Đội QLTT).</summary>
internal sealed class Team
{
    public int Id { get; set; }
    public int AgencyId { get; set; }
    public required string Code { get; set; }
    public required string Name { get; set; }
}

internal static class AgencyKinds
{
    public const string Department = "department";
    public const string Qltt = "qltt";
    public const string Police = "police";
    public const string ConsumerAssociation = "consumer_association";
    public const string ScienceTechnology = "science_technology";
    public const string AgricultureEnvironment = "agriculture_environment";
    public const string Tax = "tax";
    public const string Customs = "customs";
}
