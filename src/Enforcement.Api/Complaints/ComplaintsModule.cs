using Enforcement.Api.Complaints.Finding;
using Enforcement.Api.Complaints.Finding.SavedFilters;
using Enforcement.Api.Complaints.Staff;
using Enforcement.Api.Complaints.Submit;
using Enforcement.Api.Complaints.Track;
using Enforcement.Api.Identity;
using Microsoft.AspNetCore.Http.Features;

namespace Enforcement.Api.Complaints;

internal static class ComplaintsModule
{
    public static IServiceCollection AddComplaints(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<ComplaintOptions>().Bind(configuration.GetSection(ComplaintOptions.Section)).ValidateDataAnnotations().ValidateOnStart();
        services.AddScoped<SubmitComplaintHandler>();
        services.AddScoped<TrackingCodes>();
        services.AddSingleton<AttachmentWriteGate>();
        services.Configure<FormOptions>(o => o.MultipartBodyLengthLimit = SubmitComplaintEndpoint.MaxRequestBytes);
        return services;
    }

    public static IEndpointRouteBuilder MapComplaintEndpoints(this IEndpointRouteBuilder app)
    {
        var pub = app.MapGroup("/api/complaints").WithTags("Complaints (public)");
        pub.MapSubmitComplaint();
        pub.MapTrackComplaint();

        var staff = app.MapGroup("/api/staff/complaints").WithTags("Complaints (staff)").RequireAuthorization(Policies.ComplaintReader);
        staff.MapListComplaints();
        staff.MapGetComplaint();
        app.MapComplaintCsv();
        app.MapSavedFilters();

        // The case page signs in with a cookie, which the API refuses: its download links go here.
        app.MapGroup("/staff/complaints").RequireAuthorization(Policies.ComplaintReader).ExcludeFromDescription()
            .MapGet("/{trackingCode}/attachments/{attachmentId:long}", Staff.GetComplaintEndpoint.DownloadAsync);
        return app;
    }
}
