using System.Net;
using Enforcement.Api.Tests.Infrastructure;

namespace Enforcement.Api.Tests.Reports;

public abstract partial class ReportTests<TApp>
{
    [Fact]
    public async Task An_instant_at_17_30_UTC_on_31_October_counts_in_November_in_Vietnam()
    {
        var november = await ReportAsync("monthly/2026-11");
        Assert.Equal(1, november.GetProperty("complaints").Int("received"));        // submitted 2026-10-31T17:30Z
        Assert.Equal(1, november.GetProperty("violations").Int("casesOpened"));     // D, opened 2026-10-31T17:30Z
        Assert.Equal(1, november.GetProperty("violations").Int("casesClosed"));     // B, closed 2026-10-31T17:30Z
        Assert.Equal(1, november.GetProperty("complaints").Int("resolved"));        // resolved 2026-10-31T17:30Z
        Assert.Equal(1, november.GetProperty("handoffs").GetProperty("otherAgencies").Int("sent"));  // customs, 2026-10-31T17:30Z
        Assert.Equal(1, november.GetProperty("handoffs").GetProperty("association").Int("failed"));  // answered 2026-10-31T17:30Z
        // …and October has none of them (its figures are asserted in full above: 5 received, 2 opened, 2 closed, 4 resolved).
        var october = await ReportAsync("monthly/2026-10");
        Assert.Equal((5, 2), (october.GetProperty("complaints").Int("received"), october.GetProperty("violations").Int("casesOpened")));
    }

    [Fact]
    public async Task Analysts_supervisors_and_admins_read_reports_and_no_one_else_does()
    {
        await app.HistoryAsync();
        foreach (var user in new[] { "analyst", "supervisor", "admin" })
            Assert.Equal(HttpStatusCode.OK, (await (await app.StaffClientAsync(user)).GetAsync("/api/staff/reports/monthly/2026-10")).StatusCode);
        foreach (var user in new[] { "inspector", "teamlead", "police", "association" })
        {
            var client = await app.StaffClientAsync(user);
            Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync("/api/staff/reports/monthly/2026-10")).StatusCode);
            Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync("/api/staff/reports/yearly/2026")).StatusCode);
        }
        Assert.Equal(HttpStatusCode.Unauthorized, (await app.CreateClient().GetAsync("/api/staff/reports/monthly/2026-10")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await app.CreateClient().GetAsync("/api/staff/reports/monthly/2026-10/handoffs")).StatusCode);
        // The liaisons' view is theirs alone: QLTT's readers and inspectors do not use it.
        Assert.Equal(HttpStatusCode.Forbidden, (await (await app.StaffClientAsync("analyst")).GetAsync("/api/staff/reports/monthly/2026-10/handoffs")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await (await app.StaffClientAsync("inspector")).GetAsync("/api/staff/reports/yearly/2026/handoffs")).StatusCode);
    }

    [Fact]
    public async Task A_liaison_sees_only_its_own_agencys_handoffs()
    {
        var police = await ReportAsync("monthly/2026-10/handoffs", "police");
        Assert.Equal(("CA", "2026-10"), (police.Str("agencyCode"), police.Str("period")));
        Assert.Equal("3 2 1 0 0 1 null", police.GetProperty("handoffs").Handoffs());
        Assert.Equal(["Khởi tố vụ án|2", "Không đủ dấu hiệu tội phạm|1"], police.GetProperty("handoffs").GetProperty("outcomes").Counts());
        Assert.False(police.TryGetProperty("violations", out _));
        var association = await ReportAsync("yearly/2026/handoffs", "association");
        Assert.Equal("4 0 0 2 2 0 50", association.GetProperty("handoffs").Handoffs());
        var customs = await ReportAsync("monthly/2026-10/handoffs", "customs");
        Assert.Equal("0 0 0 0 0 0 null", customs.GetProperty("handoffs").Handoffs());   // its handoff is November's
    }

    [Theory]
    [InlineData("monthly/2026-13", "month")]
    [InlineData("monthly/1999-01", "month")]
    [InlineData("monthly/abc", "month")]
    [InlineData("monthly/2027-02", "month")]    // after the current month (January 2027)
    [InlineData("yearly/2028", "year")]
    [InlineData("yearly/26", "year")]
    [InlineData("monthly/2026-10?format=docx", "format")]
    public async Task A_bad_period_or_format_is_a_problem_with_a_Vietnamese_message(string path, string field)
    {
        var response = await (await app.StaffClientAsync("analyst")).GetAsync("/api/staff/reports/" + path);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var message = (await response.JsonAsync()).GetProperty("errors").GetProperty(field)[0].GetString()!;
        Assert.Contains(field switch { "month" => "Tháng báo cáo không hợp lệ", "year" => "Năm báo cáo không hợp lệ", _ => "Định dạng không hợp lệ" }, message);
    }

    [Fact]
    public async Task The_explanation_is_English_when_the_request_asks_for_English()
    {
        await app.HistoryAsync();
        var client = await app.StaffClientAsync("analyst");
        client.DefaultRequestHeaders.AcceptLanguage.ParseAdd("en-US");
        var r = await (await client.GetAsync("/api/staff/reports/monthly/2026-10")).JsonAsync();
        Assert.Equal("From 01/01/2026 to 31/10/2026 there were 14 counterfeit and smuggling violations, up 16.7 % on the same period of 2025 (12); " +
            "the year is projected at 23, above the goal of at most 18 (10 % below 20 in 2025), so the target is off track.", r.GetProperty("target").Str("explanation"));
        Assert.Equal("Counterfeit goods", r.GetProperty("violations").GetProperty("byCategory")[0].Str("label"));
    }
}
