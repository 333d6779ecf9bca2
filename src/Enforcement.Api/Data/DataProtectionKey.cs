namespace Enforcement.Api.Data;

/// <summary>Data Protection key ring entry, shared by every app instance through the database.</summary>
internal sealed class DataProtectionKey
{
    public int Id { get; set; }
    public required string FriendlyName { get; set; }
    public required string Xml { get; set; }
}
