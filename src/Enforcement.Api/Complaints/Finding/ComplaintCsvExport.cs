using System.Globalization;
using System.Security.Claims;
using System.Text;
using Enforcement.Api.Complaints.Staff;
using Enforcement.Api.Data;
using Enforcement.Api.Identity;
using Enforcement.Api.Infrastructure;
using Enforcement.Api.Localization;
using Enforcement.Api.Reports.Outputs;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Enforcement.Api.Complaints.Finding;

/// <summary>
/// GET /api/staff/complaints.csv (and /staff/complaints.csv for the page's cookie): the filtered list in the list's order,
/// up to 10000 rows, UTF-8 with BOM, cells defused against formulas as the report CSV does. The complainant's name,
/// phone, email and address are columns only for QLTT's own case workers; a liaison's file has none of them.
/// </summary>
internal static class ComplaintCsvExport
{
    public static void MapComplaintCsv(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/staff/complaints.csv", ExportAsync).RequireAuthorization(Policies.ComplaintReader).WithTags("Complaints (staff)")
            .WithName("ExportComplaintsCsv")
            .WithSummary("The filtered complaint list as CSV (same parameters as GET /api/staff/complaints, no paging; at most 10000 rows). Personal data only for QLTT case workers.")
            .Produces(StatusCodes.Status200OK, contentType: "text/csv").ProducesValidationProblem();
        app.MapGet("/staff/complaints.csv", ExportAsync).RequireAuthorization(Policies.ComplaintReader).ExcludeFromDescription();
    }

    /// <summary>Who may read complainants' contact details: QLTT's inspectors, team leads and supervisors.</summary>
    public static bool MaySeePersonalData(ClaimsPrincipal user) =>
        user.Role() is Roles.Inspector or Roles.TeamLead or Roles.Supervisor && user.AgencyKindOf() == AgencyKinds.Qltt;

    internal static async Task<Results<FileContentHttpResult, ValidationProblem>> ExportAsync(
        [AsParameters] ComplaintFilter filter, ClaimsPrincipal user, EnforcementDbContext db, TimeProvider clock, CancellationToken ct)
    {
        var (query, sort, errors) = await ListComplaintsEndpoint.FilterAsync(filter, user, db, ct);
        if (query is null) return Problems.Validation(errors.ToDictionary());
        var codes = await ComplaintOrder.PageAsync(query, db, sort, 0, ListComplaintsEndpoint.ExportLimit, ct);
        var rows = await db.Complaints.AsNoTracking().Where(c => codes.Contains(c.TrackingCode)).Select(c => new
        {
            c.TrackingCode, c.SubmittedAt, c.Category, c.Status, c.WardCode, Business = c.Business.Name, BusinessAddress = c.Business.Address,
            c.Business.ShopUrl, Product = c.Product.Name, c.Product.Brand, c.Description,
            c.Complainant.FullName, c.Complainant.Phone, c.Complainant.Email, c.Complainant.Address,
        }).ToDictionaryAsync(r => r.TrackingCode, ct);
        var due = await ComplaintOrder.NextDueAsync(db, codes, ct);
        var personal = MaySeePersonalData(user);

        var csv = new StringBuilder();
        string[] header = ["Mã phản ánh", "Ngày gửi", "Loại", "Trạng thái", "Xã/phường", "Cơ sở", "Địa chỉ cơ sở", "Gian hàng", "Sản phẩm", "Nhãn hiệu", "Hạn xử lý", "Nội dung"];
        Line(csv, personal ? [.. header, "Người phản ánh", "Điện thoại", "Email", "Địa chỉ người phản ánh"] : header);
        foreach (var code in codes)
        {
            var r = rows[code];
            string?[] cells = [r.TrackingCode, VietnamTime.Format(r.SubmittedAt), Text.Category(r.Category), Text.Status(r.Status), r.WardCode,
                r.Business, r.BusinessAddress, r.ShopUrl, r.Product, r.Brand, due.TryGetValue(code, out var d) ? VietnamTime.Format(d) : null, r.Description];
            Line(csv, personal ? [.. cells, r.FullName, r.Phone, r.Email, r.Address] : cells);
        }
        byte[] bytes = [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(csv.ToString())];
        var name = $"phan-anh-{VietnamTime.Today(clock).ToString("yyyyMMdd", CultureInfo.InvariantCulture)}.csv";
        return TypedResults.File(bytes, "text/csv; charset=utf-8", name);
    }

    private static void Line(StringBuilder csv, IReadOnlyList<string?> cells)
    {
        csv.AppendJoin(',', cells.Select(c => ReportCsv.Text(c ?? "")));
        csv.Append("\r\n");
    }
}
