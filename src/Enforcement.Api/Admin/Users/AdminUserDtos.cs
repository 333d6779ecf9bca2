namespace Enforcement.Api.Admin.Users;

/// <summary>A staff account as the administrator sees it: never its password hash.</summary>
public sealed record AdminUser(string UserName, string FullName, string? Email, string Role, string Agency, string? Team,
    bool IsActive, DateTime? LockedUntil, int FailedLogins, DateTime CreatedAt);

public sealed record CreateUserRequest(string? UserName, string? FullName, string? Email, string? Role, string? Agency, string? Team, string? Password);

/// <summary>PUT replaces these fields (email and team may be left out: none); PATCH changes only those given ("" clears email or team).</summary>
public sealed record UpdateUserRequest(string? FullName, string? Email, string? Role, string? Agency, string? Team);

public sealed record ResetPasswordRequest(string? Password);
