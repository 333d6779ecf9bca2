namespace Enforcement.Api.Admin.Organisation;

public sealed record AdminAgency(string Code, string Name, string NameEn, string Kind, IReadOnlyList<AdminTeam> Teams, int Users);

public sealed record AdminTeam(string Code, string Name, string Agency, int Users);

public sealed record CreateAgencyRequest(string? Code, string? Name, string? NameEn, string? Kind);

/// <summary>The code and the kind stay as created: both travel in every member's sign-in and decide what they may see.</summary>
public sealed record UpdateAgencyRequest(string? Name, string? NameEn);

public sealed record CreateTeamRequest(string? Code, string? Name, string? Agency);

/// <summary>A team stays in its agency: its members belong to that agency.</summary>
public sealed record UpdateTeamRequest(string? Name);
