using Enforcement.Api.Complaints.Staff;

namespace Enforcement.Api.Cases.Dossiers;

/// <summary>
/// A handed-over file as its receiver reads it: why it was sent (<see cref="Reason"/>), by whom (<see cref="From"/>), when, the complaint's facts,
/// and what the sender chose to share (<see cref="SharedFields"/>, names of <see cref="ComplaintDetail"/>'s contact fields, with the purpose).
/// </summary>
public sealed record DossierView(
    string Agency, string AgencyName, string Title, string? Reason, DossierSender From, DateTime At,
    IReadOnlyList<string> SharedFields, string? SharePurpose, DossierFacts Facts, DossierContact? Complainant);

public sealed record DossierSender(string Name, string? Role, string? RoleLabel, string? Agency, string? AgencyName);

public sealed record DossierFacts(
    string Category, string CategoryLabel, string Description, string? BusinessName, string? BusinessAddress, string? BusinessWebsite,
    string? BusinessPlatform, string? BusinessShopUrl, string? ProductName, string? ProductBrand, IReadOnlyList<string> ListingUrls,
    IReadOnlyList<AttachmentInfo> Attachments, IReadOnlyList<DossierEvidence> Evidence);

/// <summary>A web page captured as evidence (the case page's evidence section has its files).</summary>
public sealed record DossierEvidence(long Id, string Url, string Status, DateTime? CompletedAt);

public sealed record DossierContact(string? FullName, string? Phone, string? Email, string? Address);
