using System.Text.Json;

namespace Enforcement.Api.Admin.Audit;

/// <summary>One administrator's action (nhật ký quản trị): who, when, on what, and each field before → after. Never a password.</summary>
internal sealed class AdminAuditEntry
{
    public long Id { get; set; }
    public DateTime At { get; set; }
    public required string ActorUserName { get; set; }
    public required string Action { get; set; }

    /// <summary>"user", "team" or "agency".</summary>
    public required string TargetKind { get; set; }

    /// <summary>The user name or the team's or agency's code.</summary>
    public required string Target { get; set; }
    public string ChangesJson { get; set; } = "[]";
}

/// <summary>A field's value before and after; null where it had none (or, for the password, never shown).</summary>
public sealed record AuditChange(string Field, string? Before, string? After);

internal static class AuditActions
{
    public const string UserCreated = "user.created";
    public const string UserUpdated = "user.updated";
    public const string UserDeactivated = "user.deactivated";
    public const string UserReactivated = "user.reactivated";
    public const string PasswordReset = "user.password_reset";
    public const string LockoutReleased = "user.lockout_released";
    public const string TeamCreated = "team.created";
    public const string TeamUpdated = "team.updated";
    public const string AgencyCreated = "agency.created";
    public const string AgencyUpdated = "agency.updated";

    public static readonly IReadOnlyList<string> All =
        [UserCreated, UserUpdated, UserDeactivated, UserReactivated, PasswordReset, LockoutReleased, TeamCreated, TeamUpdated, AgencyCreated, AgencyUpdated];
}

/// <summary>Collects the changed fields of one action and adds its audit row to the same unit of work as the change.</summary>
internal sealed class AuditTrail(string kind, string target)
{
    private readonly List<AuditChange> _changes = [];

    public IReadOnlyList<AuditChange> Changes => _changes;

    /// <summary>Records the field only when its value changes.</summary>
    public void Field(string field, string? before, string? after)
    {
        if (!string.Equals(before, after, StringComparison.Ordinal)) _changes.Add(new AuditChange(field, before, after));
    }

    public AdminAuditEntry Entry(string action, string actor, DateTime at) => new()
    {
        At = at, ActorUserName = actor, Action = action, TargetKind = kind, Target = target,
        ChangesJson = JsonSerializer.Serialize(_changes, JsonSerializerOptions.Web),
    };

    public static IReadOnlyList<AuditChange> Read(string json) =>
        JsonSerializer.Deserialize<List<AuditChange>>(json, JsonSerializerOptions.Web) ?? [];
}
