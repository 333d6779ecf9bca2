using System.Net;
using System.Net.Http.Json;
using System.Text.RegularExpressions;
using Enforcement.Api.Complaints;
using Enforcement.Api.Data;
using Enforcement.Api.Tests.Cases;
using Enforcement.Api.Tests.Infrastructure;
using Enforcement.Workflows.Runtime;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Enforcement.Api.Tests.Complaints;

/// <summary>Whatever a person types is answered field by field: never a 500, never stored half-way or with control characters.</summary>
public abstract partial class TextInputTests<TApp>(TApp app) : IClassFixture<TApp> where TApp : AppFactory, ICaseApp
{
    private Dictionary<string, object?> Valid(string? email = null) => TestData.ValidComplaint(email ?? $"t{Guid.NewGuid():N}"[..12] + "@example.vn", TestData.Today(app.Clock));

    /// <summary>Sets a dotted field ("complainant.fullName") in a request body.</summary>
    private static void Set(Dictionary<string, object?> body, string field, object? value)
    {
        var parts = field.Split('.');
        if (parts.Length == 1) { body[field] = value; return; }
        if (body.GetValueOrDefault(parts[0]) is not Dictionary<string, object?> inner) body[parts[0]] = inner = [];
        inner[parts[1]] = value;
    }

    private async Task<int> ComplaintsAsync()
    {
        using var scope = app.Services.CreateScope();
        return await scope.ServiceProvider.GetRequiredService<EnforcementDbContext>().Complaints.CountAsync();
    }

    [Theory]
    [InlineData("description", "Bán hàng giả\u0000 tại chợ")]
    [InlineData("complainant.fullName", "Nguyễn\u0000Văn A")]
    [InlineData("complainant.fullName", "Nguyễn Văn A\nKhóa tài khoản")]
    [InlineData("complainant.address", "12 Lê Lợi\u0007")]
    [InlineData("business.name", "Cửa hàng\u0000")]
    [InlineData("product.qrCode", "QR\u001b[0m")]
    [InlineData("location.ward", "28249\u0000")]
    [InlineData("listingUrls", "https://shopee.vn/x\u0000")]
    public async Task A_control_character_in_any_field_is_refused_for_that_field_and_nothing_is_stored(string field, string value)
    {
        var before = await ComplaintsAsync();
        var body = Valid();
        if (field == "listingUrls") body["listingUrls"] = new[] { value };
        else Set(body, field, value);

        var response = await app.CreateClient().PostAsJsonAsync("/api/complaints", body);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var errors = (await response.JsonAsync()).GetProperty("errors");
        Assert.True(errors.TryGetProperty(field == "listingUrls" ? "listingUrls[0]" : field, out _), errors.ToString());
        Assert.Equal(before, await ComplaintsAsync());
    }

    [Fact]
    public async Task Line_breaks_are_kept_in_a_description_and_a_description_of_only_invisible_characters_is_refused()
    {
        var body = Valid();
        body["description"] = "Dòng một\r\nDòng hai\tcó tab";
        Assert.Equal(HttpStatusCode.Created, (await app.CreateClient().PostAsJsonAsync("/api/complaints", body)).StatusCode);

        body["description"] = " \u200B\u200C\u200D\uFEFF\u2060 \n";
        var blank = await app.CreateClient().PostAsJsonAsync("/api/complaints", body);
        Assert.Equal(HttpStatusCode.BadRequest, blank.StatusCode);
        Assert.StartsWith("Vui lòng nhập", (await blank.JsonAsync()).GetProperty("errors").GetProperty("description")[0].GetString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/api/staff/complaints?ward=%00", "ward")]
    [InlineData("/api/staff/complaints?from=9999-12-31&to=9999-12-31", "to")]
    [InlineData("/api/staff/tasks?dueBefore=9999-12-31", "dueBefore")]
    [InlineData("/api/staff/tasks?category=x%00y", "category")]
    [InlineData("/api/staff/cases/PA-2026%07", "code")] // %00 in a path is refused by the server itself
    public async Task Hostile_query_and_route_values_get_a_400_naming_them(string url, string field)
    {
        var response = await (await app.StaffClientAsync("supervisor")).GetAsync(url);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.True((await response.JsonAsync()).GetProperty("errors").TryGetProperty(field, out _));
    }

    [Fact]
    public async Task Public_lookups_and_sign_in_refuse_control_characters_without_a_500()
    {
        var client = app.CreateClient();
        Assert.Equal(HttpStatusCode.BadRequest, (await client.GetAsync("/api/complaints/PA-2026-000001?key=a%00b")).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await client.GetAsync("/complaints/status?code=PA%00")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await client.PostAsJsonAsync("/api/auth/token", new { userName = "inspector\u0000", password = "x" })).StatusCode);
    }

    [Fact]
    public async Task Staff_text_with_control_characters_is_refused_per_field_and_vietnamese_is_stored_as_letters()
    {
        var code = await app.FileAsync();
        var supervisor = await app.StaffClientAsync("supervisor");
        var task = await supervisor.TaskAtAsync(code, "classify");

        var badComment = await supervisor.CompleteAsync(task, "reject", new { rejectionReason = "Không thuộc thẩm quyền" }, comment: "ghi chú\u0000");
        Assert.Equal(HttpStatusCode.BadRequest, badComment.StatusCode);
        Assert.True((await badComment.JsonAsync()).GetProperty("errors").TryGetProperty("comment", out _));
        var badField = await supervisor.CompleteAsync(task, "reject", new { rejectionReason = "Không\u0000 thuộc" });
        Assert.True((await badField.JsonAsync()).GetProperty("errors").TryGetProperty("rejectionReason", out _));
        var badAssignee = await (await app.StaffClientAsync("supervisor")).PostAsJsonAsync($"/api/staff/tasks/{task.GetProperty("id").GetInt64()}/assign", new { userName = "inspector\u0000" });
        Assert.Equal(HttpStatusCode.BadRequest, badAssignee.StatusCode);

        await supervisor.DoAsync(code, "classify", "reject", new { rejectionReason = "Nước mắm không thuộc thẩm quyền" });
        using var scope = app.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<EnforcementDbContext>();
        var data = await (from j in db.Set<WorkflowJournalEntry>() join i in db.Set<WorkflowInstance>() on j.InstanceId equals i.Id
                          where i.CorrelationId == code && j.Kind == JournalKinds.TaskCompleted select j.Data).SingleAsync();
        Assert.Contains("Nước mắm", data, StringComparison.Ordinal); // not "N\u01B0\u1EDBc"
    }

    /// <summary>A value of exactly <paramref name="length"/> characters of the field's kind (phone and email have their own formats).</summary>
    private static string Fill(string field, int length) => field switch
    {
        "business.website" or "business.shopUrl" => "https://shopee.vn/" + new string('x', length - 18),
        _ => string.Concat(Enumerable.Repeat("Hàng giả Đồng Tháp ", length)).Substring(0, length),
    };

    [Fact]
    public async Task Every_field_of_the_complaint_form_takes_its_limit_in_vietnamese_and_one_more_is_refused()
    {
        // One declaration: the database columns and the web form's maxlength follow ComplaintLimits.
        using (var scope = app.Services.CreateScope())
        {
            var complaint = scope.ServiceProvider.GetRequiredService<EnforcementDbContext>().Model.FindEntityType(typeof(Complaint))!;
            Assert.Equal(ComplaintLimits.Description, complaint.FindProperty(nameof(Complaint.Description))!.GetMaxLength());
            foreach (var owned in complaint.GetNavigations().Where(n => n.TargetEntityType.IsOwned()))
                foreach (var p in owned.TargetEntityType.GetProperties().Where(p => p.ClrType == typeof(string)))
                {
                    var field = $"{(owned.Name == "Complainant" ? "complainant" : owned.Name.ToLowerInvariant())}.{char.ToLowerInvariant(p.Name[0])}{p.Name[1..]}";
                    if (ComplaintLimits.ByField.TryGetValue(field, out var limit)) Assert.Equal(limit, p.GetMaxLength());
                }
        }
        var form = await app.CreateClient().GetStringAsync("/complaints/new");
        foreach (var (field, limit) in ComplaintLimits.ByField)
            Assert.Matches($"name=\"{Regex.Escape(field)}\"[^>]*maxlength=\"{limit}\"|maxlength=\"{limit}\"[^>]*name=\"{Regex.Escape(field)}\"|id=\"{Regex.Escape(field)}\" name=\"{Regex.Escape(field)}\"[^>]*maxlength=\"{limit}\"", form);

        var body = Valid();
        foreach (var (field, limit) in ComplaintLimits.ByField.Where(f => f.Key is not ("complainant.phone" or "complainant.email")))
            Set(body, field, Fill(field, limit));
        var created = await app.CreateClient().PostAsJsonAsync("/api/complaints", body);
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var code = (await created.JsonAsync()).GetProperty("trackingCode").GetString();
        using (var scope = app.Services.CreateScope())
        {
            var stored = await scope.ServiceProvider.GetRequiredService<EnforcementDbContext>().Complaints.AsNoTracking().SingleAsync(c => c.TrackingCode == code);
            Assert.Equal(Fill("description", ComplaintLimits.Description), stored.Description);
            Assert.Equal(Fill("complainant.fullName", ComplaintLimits.FullName), stored.Complainant.FullName);
            Assert.Equal(Fill("business.shopUrl", ComplaintLimits.Url), stored.Business.ShopUrl);
        }

        foreach (var (field, limit) in ComplaintLimits.ByField.Where(f => f.Key is not ("complainant.phone" or "complainant.email")))
        {
            var tooLong = Valid();
            Set(tooLong, field, Fill(field, limit + 1));
            var refused = await app.CreateClient().PostAsJsonAsync("/api/complaints", tooLong);
            Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
            Assert.True((await refused.JsonAsync()).GetProperty("errors").TryGetProperty(field, out _), field);
        }
    }
}

public sealed class TextInputTests_Sqlite(CaseSqliteApp app) : TextInputTests<CaseSqliteApp>(app);

public sealed class TextInputTests_Postgres(CasePostgresApp app) : TextInputTests<CasePostgresApp>(app);
