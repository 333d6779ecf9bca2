namespace Enforcement.Api.Identity;

/// <summary>A civil servant who signs in (cán bộ).</summary>
internal sealed class StaffUser
{
    public int Id { get; set; }
    public required string UserName { get; set; }
    public required string FullName { get; set; }
    public string? Email { get; set; }
    public string PasswordHash { get; set; } = "";
    public required string Role { get; set; }
    public int AgencyId { get; set; }
    public Agency? Agency { get; set; }
    public int? TeamId { get; set; }
    public Team? Team { get; set; }
    public bool IsActive { get; set; } = true;
    public int FailedLoginCount { get; set; }
    public DateTime? LockoutEndsAt { get; set; }

    /// <summary>Lockouts since the last good sign-in: each lasts twice as long as the one before, up to a cap.</summary>
    public int LockoutCount { get; set; }
    public DateTime CreatedAt { get; set; }
}

internal static class Roles
{
    public const string Inspector = "inspector";
    public const string TeamLead = "team_lead";
    public const string Supervisor = "supervisor";
    public const string AgencyLiaison = "agency_liaison";
    public const string Analyst = "analyst";
    public const string Admin = "admin";

    public static readonly IReadOnlyList<string> All = [Inspector, TeamLead, Supervisor, AgencyLiaison, Analyst, Admin];
}
