using System.Security.Claims;
using Enforcement.Api.Data;
using Enforcement.Api.Identity;
using Enforcement.Api.Infrastructure;
using Enforcement.Api.Localization;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;

namespace Enforcement.Api.Reports.Figures;

/// <summary>
/// <c>GET /monthly/{yyyy-MM}</c> and <c>/yearly/{yyyy}</c>: a report's figures as JSON, or as a file with
/// <c>?format=csv|xlsx|pdf</c>; and <c>…/handoffs</c>: an outside agency's liaison's own handoff figures.
/// </summary>
internal static class GetReportEndpoints
{
    private static readonly string[] FileTypes =
        ["text/csv", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "application/pdf"];

    public static RouteGroupBuilder MapGetReports(this RouteGroupBuilder group)
    {
        group.MapGet("/monthly/{month}", MonthlyAsync).WithName("GetMonthlyReport").RequireAuthorization(Policies.ReportReader)
            .WithSummary("A month's report figures (yyyy-MM, Vietnam time): violations, complaints, handoffs, comparisons, the reduction target, the 24-month trend and the table by ward.")
            .Produces<ReportFigures>(StatusCodes.Status200OK, "application/json", FileTypes);
        group.MapGet("/yearly/{year}", YearlyAsync).WithName("GetYearlyReport").RequireAuthorization(Policies.ReportReader)
            .WithSummary("A year's report figures (yyyy): as the monthly report, over the calendar year.")
            .Produces<ReportFigures>(StatusCodes.Status200OK, "application/json", FileTypes);
        group.MapGet("/monthly/{month}/handoffs", MonthlyHandoffsAsync).WithName("GetMonthlyAgencyHandoffs").RequireAuthorization(Policies.ReportLiaison)
            .WithSummary("For an outside agency's liaison: the month's handoffs to that agency and its answers, nothing else.");
        group.MapGet("/yearly/{year}/handoffs", YearlyHandoffsAsync).WithName("GetYearlyAgencyHandoffs").RequireAuthorization(Policies.ReportLiaison)
            .WithSummary("For an outside agency's liaison: the year's handoffs to that agency and its answers, nothing else.");
        return group;
    }

    internal static Task<Results<Ok<ReportFigures>, FileContentHttpResult, ValidationProblem>> MonthlyAsync(
        string month, string? format, IReportFigures figures, IReportOutputs outputs, TimeProvider clock, CancellationToken ct) =>
        AnswerAsync(ReportPeriodInput.Month(month, clock), format, figures, outputs, ct);

    internal static Task<Results<Ok<ReportFigures>, FileContentHttpResult, ValidationProblem>> YearlyAsync(
        string year, string? format, IReportFigures figures, IReportOutputs outputs, TimeProvider clock, CancellationToken ct) =>
        AnswerAsync(ReportPeriodInput.Year(year, clock), format, figures, outputs, ct);

    internal static Task<Results<Ok<AgencyHandoffs>, ValidationProblem>> MonthlyHandoffsAsync(
        string month, ClaimsPrincipal user, EnforcementDbContext db, TimeProvider clock, IOptions<ReportsOptions> options, CancellationToken ct) =>
        HandoffsAsync(ReportPeriodInput.Month(month, clock), user, db, options.Value, ct);

    internal static Task<Results<Ok<AgencyHandoffs>, ValidationProblem>> YearlyHandoffsAsync(
        string year, ClaimsPrincipal user, EnforcementDbContext db, TimeProvider clock, IOptions<ReportsOptions> options, CancellationToken ct) =>
        HandoffsAsync(ReportPeriodInput.Year(year, clock), user, db, options.Value, ct);

    private static async Task<Results<Ok<ReportFigures>, FileContentHttpResult, ValidationProblem>> AnswerAsync(
        (ReportPeriod Period, FieldErrors Errors) input, string? format, IReportFigures figures, IReportOutputs outputs, CancellationToken ct)
    {
        var (period, errors) = input;
        var kind = (format ?? ReportFormats.Json).Trim().ToLowerInvariant();
        if (kind != ReportFormats.Json && !ReportFormats.Files.Contains(kind)) errors.Add("format", Text.Get("report.error.format"));
        if (!errors.IsEmpty) return Problems.Validation(errors.ToDictionary());

        var report = await figures.BuildAsync(period, ct);
        if (kind == ReportFormats.Json) return TypedResults.Ok(report);
        var file = await outputs.RenderAsync(report, kind, ct);
        return TypedResults.File(file.Content, file.ContentType, file.FileName);
    }

    private static async Task<Results<Ok<AgencyHandoffs>, ValidationProblem>> HandoffsAsync(
        (ReportPeriod Period, FieldErrors Errors) input, ClaimsPrincipal user, EnforcementDbContext db, ReportsOptions options, CancellationToken ct)
    {
        var (period, errors) = input;
        if (!errors.IsEmpty) return Problems.Validation(errors.ToDictionary());
        var agency = user.AgencyCodeOf();
        var counts = await HandoffSection.ForAgencyAsync(db, ReportWindow.Of(period), agency, options.TopReasons, ct);
        return TypedResults.Ok(new AgencyHandoffs(period.Kind, period.ToString(), period.From, period.To, agency, counts));
    }
}

/// <summary>One agency's handoffs in a period: what its liaison may see of a report.</summary>
internal sealed record AgencyHandoffs(string Kind, string Period, DateOnly From, DateOnly To, string AgencyCode, HandoffCounts Handoffs);
