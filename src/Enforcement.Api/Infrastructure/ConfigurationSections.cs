using Enforcement.Api.Complaints;
using Enforcement.Api.Data;
using Enforcement.Api.Data.Seeding;
using Enforcement.Api.Evidence.Capture;
using Enforcement.Api.Identity;
using Enforcement.Api.Notifications;
using Enforcement.Evidence;
using Enforcement.Workflows.Runtime;

namespace Enforcement.Api.Infrastructure;

/// <summary>
/// Every configuration key the app reads: the options classes it binds, and the few keys read directly.
/// Deployment files are checked against this list (tests/…/Deployment), and a test checks it against what is bound.
/// </summary>
internal static class ConfigurationSections
{
    public static readonly IReadOnlyList<(string Section, Type Options)> Bound =
    [
        (DatabaseOptions.Section, typeof(DatabaseOptions)),
        (SeedOptions.Section, typeof(SeedOptions)),
        (EmailOptions.Section, typeof(EmailOptions)),
        (ComplaintOptions.Section, typeof(ComplaintOptions)),
        (RateLimitOptions.Section, typeof(RateLimitOptions)),
        (LockoutOptions.Section, typeof(LockoutOptions)),
        (WorkflowOptions.Section, typeof(WorkflowOptions)),
        (ForwardedHeadersSettings.Section, typeof(ForwardedHeadersSettings)),
        (ApiDocsOptions.Section, typeof(ApiDocsOptions)),
        (EvidenceOptions.Section, typeof(EvidenceOptions)),
        (CaptureQueueOptions.Section, typeof(CaptureQueueOptions)),
        (Listings.ListingsOptions.Section, typeof(Listings.ListingsOptions)),
        (Listings.Risk.ListingRiskOptions.Section, typeof(Listings.Risk.ListingRiskOptions)),
        (Listings.Indexing.ListingIndexOptions.Section, typeof(Listings.Indexing.ListingIndexOptions)),
        (Enforcement.Search.SearchOptions.Section, typeof(Enforcement.Search.SearchOptions)),
        (Enforcement.Search.ElasticsearchOptions.Section, typeof(Enforcement.Search.ElasticsearchOptions)),
        (Reports.ReportsOptions.Section, typeof(Reports.ReportsOptions)),
        (Reports.Outputs.ReportDocumentOptions.Section, typeof(Reports.Outputs.ReportDocumentOptions)),
        (Reports.Submissions.ReportSubmissionOptions.Section, typeof(Reports.Submissions.ReportSubmissionOptions)),
    ];

    /// <summary>Read without an options class (PlatformModule, DataModule).</summary>
    public static readonly IReadOnlyList<string> DirectKeys = ["AutoMapper:LicenseKey", "ConnectionStrings:Enforcement"];
}
