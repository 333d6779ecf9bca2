using System.Security.Claims;
using Enforcement.Api.Identity;
using Enforcement.Api.Localization;
using Microsoft.AspNetCore.Authorization;

namespace Enforcement.Api.Web;

/// <summary>A staff page, the policy that opens it, and what it is for.</summary>
internal sealed record StaffLink(string Href, string Policy, string Vietnamese, string English, string AboutVietnamese, string AboutEnglish)
{
    public string Label => Text.Pick(Vietnamese, English);
    public string About => Text.Pick(AboutVietnamese, AboutEnglish);
}

/// <summary>
/// The staff pages, each behind the same policy as the page itself: the landing page and the navigation show a
/// person only the pages their role opens, because each link is checked against that policy.
/// </summary>
internal static class StaffLinks
{
    public static readonly IReadOnlyList<StaffLink> All =
    [
        new("/staff/tasks", Policies.ComplaintReader, "Hàng đợi nhiệm vụ", "Work queue", "Nhiệm vụ của bạn và của đội.", "Your and your team's tasks."),
        new("/staff/complaints", Policies.ComplaintReader, "Danh sách phản ánh", "Complaints", "Phản ánh và hồ sơ bạn được xem.", "The complaints and cases you may see."),
        new("/staff/listings", Policies.ListingWorker, "Tin rao bán", "Listings", "Tin rao bán trên sàn thương mại điện tử.", "Marketplace listings."),
        new("/staff/reports", Policies.ReportReader, "Báo cáo", "Reports", "Báo cáo tháng, năm và số liệu.", "Monthly and yearly reports and figures."),
        new("/staff/admin/users", Policies.Administrator, "Người dùng", "Users", "Tạo, sửa, vô hiệu hóa tài khoản; đặt lại mật khẩu; mở khóa.", "Create, edit, deactivate accounts; reset passwords; release lockouts."),
        new("/staff/admin/agencies", Policies.Administrator, "Cơ quan và đội", "Agencies and teams", "Cơ quan phối hợp và các đội.", "Agencies and their teams."),
        new("/staff/admin/audit", Policies.Administrator, "Nhật ký quản trị", "Audit log", "Ai đã thay đổi gì, khi nào.", "Who changed what, and when."),
        new("/staff/admin/workflows", Policies.Administrator, "Quy trình", "Workflows", "Định nghĩa quy trình, phiên bản, sơ đồ và chuyển phiên bản.", "Process definitions, versions, diagrams and migrations."),
        new("/staff/admin/incidents", Policies.Operator, "Sự cố", "Incidents", "Việc chạy nền cần người xử lý.", "Background work that needs a person."),
    ];

    public static async Task<IReadOnlyList<StaffLink>> ForAsync(ClaimsPrincipal user, IAuthorizationService authorization)
    {
        var links = new List<StaffLink>();
        foreach (var link in All)
            if ((await authorization.AuthorizeAsync(user, link.Policy)).Succeeded) links.Add(link);
        return links;
    }

    /// <summary>Where a sign-in lands when it was not sent from a page: the work queue if the role has one, else the landing page.</summary>
    public static string Home(string role) => Policies.ComplaintReaderRoles.Contains(role) ? "/staff/tasks" : "/staff";
}
