using Enforcement.Api.Admin;
using Enforcement.Api.Cases;
using Enforcement.Api.Complaints;
using Enforcement.Api.Data;
using Enforcement.Api.Data.Schema;
using Enforcement.Api.Data.Seeding;
using Enforcement.Api.Evidence;
using Enforcement.Api.Identity;
using Enforcement.Api.Infrastructure;
using Enforcement.Api.Listings.Genuine;
using Enforcement.Api.Listings;
using Enforcement.Api.Notifications;
using Enforcement.Api.Reference;
using Enforcement.Api.Reports;
using Enforcement.Api.Reports.Outputs;
using Enforcement.Api.Web;

if (SchemaCommands.TryRun(args)) return;

var builder = WebApplication.CreateBuilder(args);

builder.Services.AddPlatform(builder.Configuration);
builder.Services.AddForwardedHeadersFromConfiguration(builder.Configuration);
builder.Services.AddEnforcementData(builder.Configuration, builder.Environment);
builder.Services.AddStaffIdentity(builder.Configuration);
builder.Services.AddPublicRateLimits(builder.Configuration);
builder.Services.AddNotifications(builder.Configuration);
builder.Services.AddComplaints(builder.Configuration);
builder.Services.AddCases(builder.Configuration, builder.Environment);
builder.Services.AddEvidence(builder.Configuration, builder.Environment);
builder.Services.AddGenuineProducts();
builder.Services.AddListings(builder.Configuration);
builder.Services.AddReportOutputs(builder.Configuration);
builder.Services.AddTemporaryReportFigures();   // TEMPORARY (reports-outputs branch): the lead removes it at merge
builder.Services.AddWebUi();

var app = builder.Build();

await app.Services.InitializeDatabaseAsync();
await app.Services.InitializeListingSearchAsync();

app.UsePlatform();
app.MapPlatformEndpoints();
app.MapIdentityEndpoints();
app.MapReferenceEndpoints();
app.MapComplaintEndpoints();
app.MapCaseEndpoints();
app.MapEvidenceEndpoints();
app.MapGenuineEndpoints();
app.MapListingEndpoints();
app.MapAdminEndpoints();
app.MapWebUi();

await app.RunAsync();

/// <summary>Entry point, public for WebApplicationFactory.</summary>
public partial class Program;
