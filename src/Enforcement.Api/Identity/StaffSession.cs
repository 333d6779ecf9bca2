namespace Enforcement.Api.Identity;

/// <summary>
/// A sign-in, kept on the server: its id travels in the cookie or token, and ending it (sign-out, an
/// account switched off) makes that cookie or token worthless at once, wherever it was copied.
/// </summary>
internal sealed class StaffSession
{
    public required string Id { get; set; }
    public int UserId { get; set; }

    /// <summary>"cookie" (the web pages) or "token" (the API).</summary>
    public required string Kind { get; set; }
    public DateTime CreatedAt { get; set; }
    public DateTime ExpiresAt { get; set; }
    public DateTime? EndedAt { get; set; }
}
