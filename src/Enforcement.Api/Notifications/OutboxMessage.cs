namespace Enforcement.Api.Notifications;

/// <summary>An email written in the same transaction as the change that caused it, sent later.</summary>
internal sealed class OutboxMessage
{
    public long Id { get; set; }
    public required string Recipient { get; set; }
    public required string Subject { get; set; }
    public required string Body { get; set; }
    public DateTime CreatedAt { get; set; }
    public DateTime NextAttemptAt { get; set; }
    public int Attempts { get; set; }
    public string? LeaseOwner { get; set; }
    public DateTime? LeaseExpiresAt { get; set; }
    public DateTime? SentAt { get; set; }
    public string? LastError { get; set; }

    /// <summary>Dead-lettered: every attempt failed. Staff see it in the incident list and may retry or cancel it.</summary>
    public DateTime? DeadAt { get; set; }
    public DateTime? CancelledAt { get; set; }
}
