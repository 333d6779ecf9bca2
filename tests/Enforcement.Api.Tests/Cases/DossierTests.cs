using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Enforcement.Api.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Enforcement.Api.Tests.Cases;

/// <summary>Every handoff carries a dossier; the complainant's contact goes only when the sender shares it, with a purpose, on record.</summary>
public abstract class DossierTests<TApp>(TApp app) : IClassFixture<TApp> where TApp : AppFactory, ICaseApp
{
    private const string Crime = "Kho chứa 3.000 chai nước mắm giả nhãn, nghi sản xuất hàng giả quy mô lớn";
    private const string Phone = "0912345678"; // the filed "0912 345 678", as stored
    private static readonly string[] ContactFields = ["complainantFullName", "complainantPhone", "complainantEmail", "complainantAddress"];

    [Fact]
    public async Task The_police_read_the_crime_description_and_the_contact_only_once_it_is_shared_with_a_purpose()
    {
        var code = await app.FileAsync();
        var (supervisor, inspector, police) = (await app.StaffClientAsync("supervisor"), await app.StaffClientAsync("inspector"), await app.StaffClientAsync("police"));
        await supervisor.DoAsync(code, "classify", "enforcement");
        await inspector.DoAsync(code, "verification", "confirmed");
        await inspector.DoAsync(code, "inspection", "done", new { findings = "Phát hiện hàng giả", violationFound = "true" });
        Assert.Equal(HttpStatusCode.OK, (await SignalAsync(inspector, code, new { crimeDescription = Crime })).StatusCode);

        var view = await police.CaseAsync(code);
        var dossier = view.GetProperty("dossier");
        Assert.Equal(Crime, dossier.GetProperty("reason").GetString());
        Assert.Equal("Nguyễn Văn An", dossier.GetProperty("from").GetProperty("name").GetString());
        Assert.Equal("QLTT", dossier.GetProperty("from").GetProperty("agency").GetString());
        Assert.Equal("CA", dossier.GetProperty("agency").GetString());
        Assert.Equal(app.Clock.GetUtcNow().UtcDateTime, dossier.GetProperty("at").GetDateTime().ToUniversalTime());
        Assert.Equal(TestData.ValidComplaint()["description"], dossier.GetProperty("facts").GetProperty("description").GetString());
        Assert.Equal("counterfeit", dossier.GetProperty("facts").GetProperty("category").GetString());
        Assert.Empty(dossier.GetProperty("sharedFields").EnumerateArray());
        Assert.Equal(JsonValueKind.Null, dossier.GetProperty("complainant").ValueKind);
        // Not shared: no contact anywhere the police read, the complaint API included; QLTT still sees it.
        foreach (var body in new[] { await police.GetStringAsync($"/api/staff/cases/{code}"), await police.GetStringAsync($"/api/staff/complaints/{code}") })
        {
            Assert.DoesNotContain(Phone, body, StringComparison.Ordinal);
            Assert.DoesNotContain("Nguyễn Thị Hạnh", body, StringComparison.Ordinal);
            Assert.Contains("\"contactWithheld\":true", body, StringComparison.Ordinal);
        }
        Assert.Equal(Phone, (await inspector.CaseAsync(code)).GetProperty("complaint").GetProperty("complainantPhone").GetString());
        Assert.Equal(JsonValueKind.Null, (await inspector.CaseAsync(code)).GetProperty("dossier").ValueKind);

        // The police give the file back: the reopened task says who gave it back and why.
        await police.DoAsync(code, "police-review", "returned", new { returnReason = "Chưa đủ yếu tố cấu thành tội phạm" });
        var reopened = await inspector.TaskAtAsync(code, "violation-record");
        Assert.Equal("Chưa đủ yếu tố cấu thành tội phạm", reopened.GetProperty("returnReason").GetString());
        Assert.StartsWith("Hoàng Minh Đức", reopened.GetProperty("returnedBy").GetString(), StringComparison.Ordinal);
        var returned = (await inspector.CaseAsync(code)).GetProperty("timeline").EnumerateArray().Last(e => e.GetProperty("kind").GetString() == "task_completed");
        Assert.Equal("Trả hồ sơ cho QLTT", returned.GetProperty("outcomeLabel").GetString());
        Assert.StartsWith("Hoàng Minh Đức (Cán bộ đầu mối", returned.GetProperty("actorName").GetString(), StringComparison.Ordinal);
        Assert.Contains(returned.GetProperty("details").EnumerateArray(), d => d.GetProperty("value").GetString() == "Chưa đủ yếu tố cấu thành tội phạm");

        // Sharing needs a purpose; with one, the police read the contact and the sharing is on record.
        var noPurpose = await SignalAsync(inspector, code, new { crimeDescription = Crime, policeShareContact = "true" });
        Assert.Equal(HttpStatusCode.BadRequest, noPurpose.StatusCode);
        Assert.Equal("Vui lòng nhập trường này.", (await noPurpose.JsonAsync()).GetProperty("errors").GetProperty("policeSharePurpose")[0].GetString());
        app.Clock.Advance(TimeSpan.FromMinutes(5));
        const string purpose = "Cơ quan điều tra cần lấy lời khai người mua";
        Assert.Equal(HttpStatusCode.OK, (await SignalAsync(inspector, code, new { crimeDescription = Crime, policeShareContact = "true", policeSharePurpose = purpose })).StatusCode);
        var shared = (await police.CaseAsync(code)).GetProperty("dossier");
        Assert.Equal(ContactFields, shared.GetProperty("sharedFields").EnumerateArray().Select(f => f.GetString()));
        Assert.Equal(purpose, shared.GetProperty("sharePurpose").GetString());
        Assert.Equal("Nguyễn Thị Hạnh", shared.GetProperty("complainant").GetProperty("fullName").GetString());
        Assert.Equal(Phone, (await (await police.GetAsync($"/api/staff/complaints/{code}")).JsonAsync()).GetProperty("complainantPhone").GetString());

        using var scope = app.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<Enforcement.Api.Data.EnforcementDbContext>();
        var log = await db.Dossiers.Where(d => d.ContactShared && d.AgencyCode == "CA" && db.Complaints.Any(c => c.Id == d.ComplaintId && c.TrackingCode == code)).SingleAsync();
        Assert.Equal(("inspector", purpose, app.Clock.GetUtcNow().UtcDateTime), (log.SentBy, log.SharePurpose, log.SentAt));
        var handoff = (await inspector.CaseAsync(code)).GetProperty("timeline").EnumerateArray().Last(e => e.GetProperty("kind").GetString() == "handoff");
        Assert.Contains(handoff.GetProperty("details").EnumerateArray(), d => d.GetProperty("value").GetString()!.Contains(purpose, StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_association_reads_why_the_business_refused_and_no_contact()
    {
        var code = await app.FileAsync("consumer_dispute");
        var (supervisor, inspector, association) = (await app.StaffClientAsync("supervisor"), await app.StaffClientAsync("inspector"), await app.StaffClientAsync("association"));
        await supervisor.DoAsync(code, "classify", "dispute");
        await inspector.DoAsync(code, "notify-business", "notified");
        var refusal = await inspector.CompleteAsync(await inspector.TaskAtAsync(code, "await-response"), "refused");
        Assert.Equal(HttpStatusCode.BadRequest, refusal.StatusCode); // the association must learn why
        await inspector.DoAsync(code, "await-response", "refused", new { refusalReason = "Cửa hàng cho rằng sản phẩm đã qua sử dụng" });

        var view = await association.CaseAsync(code);
        Assert.Equal("Cửa hàng cho rằng sản phẩm đã qua sử dụng", view.GetProperty("dossier").GetProperty("reason").GetString());
        Assert.Equal("BVNTD", view.GetProperty("dossier").GetProperty("agency").GetString());
        Assert.True(view.GetProperty("complaint").GetProperty("contactWithheld").GetBoolean());
        Assert.Equal(JsonValueKind.Null, view.GetProperty("complaint").GetProperty("complainantEmail").ValueKind);
    }

    [Fact]
    public async Task A_referral_shares_the_contact_and_a_returned_referral_reopens_triage_with_the_reason()
    {
        var code = await app.FileAsync("ip_infringement");
        var (supervisor, science) = (await app.StaffClientAsync("supervisor"), await app.StaffClientAsync("science"));
        await supervisor.DoAsync(code, "classify", "referral", new
        {
            referralAgency = "KHCN", referralReason = "Xâm phạm quyền sở hữu công nghiệp", referralShareContact = "true", referralSharePurpose = "Xác minh hóa đơn mua hàng",
        });
        var view = await science.CaseAsync(code);
        Assert.Equal("Xâm phạm quyền sở hữu công nghiệp", view.GetProperty("dossier").GetProperty("reason").GetString());
        Assert.Equal("Phạm Thị Dung", view.GetProperty("dossier").GetProperty("from").GetProperty("name").GetString());
        Assert.Equal(ContactFields, view.GetProperty("dossier").GetProperty("sharedFields").EnumerateArray().Select(f => f.GetString()));
        Assert.Equal("nguoidan@example.com", view.GetProperty("complaint").GetProperty("complainantEmail").GetString());

        // The supervisor's timeline names the receiving agency, not its code.
        var referred = (await supervisor.CaseAsync(code)).GetProperty("timeline").EnumerateArray().First(e => e.GetProperty("kind").GetString() == "task_completed");
        Assert.Contains(referred.GetProperty("details").EnumerateArray(), d => d.GetProperty("label").GetString() == "Cơ quan nhận" && d.GetProperty("value").GetString() == "Sở Khoa học và Công nghệ");

        await science.DoAsync(code, "receiver-review", "returned", new { returnReason = "Thuộc thẩm quyền của Cục Sở hữu trí tuệ" });
        var triage = await supervisor.TaskAtAsync(code, "classify");
        Assert.Equal("Thuộc thẩm quyền của Cục Sở hữu trí tuệ", triage.GetProperty("returnReason").GetString());
        Assert.StartsWith("Đặng Văn Khoa", triage.GetProperty("returnedBy").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_case_page_timeline_reads_in_words_with_no_raw_keys_usernames_or_iso_dates()
    {
        var code = await app.FileAsync();
        var (supervisor, inspector) = (await app.StaffClientAsync("supervisor"), await app.StaffClientAsync("inspector"));
        await supervisor.DoAsync(code, "classify", "enforcement");
        await inspector.DoAsync(code, "verification", "confirmed");
        await inspector.DoAsync(code, "inspection", "done", new { findings = "Phát hiện hàng giả", violationFound = "true" });

        var html = await (await SignInAsync("inspector")).GetStringAsync($"/staff/complaints/{code}");
        var start = html.IndexOf('>', html.IndexOf("id=\"case-timeline\"", StringComparison.Ordinal)) + 1;
        var text = WebUtility.HtmlDecode(System.Text.RegularExpressions.Regex.Replace(html[start..html.IndexOf("</ol>", start, StringComparison.Ordinal)], "<[^>]+>", " "));
        Assert.Contains("Có cơ sở, tiến hành kiểm tra", text, StringComparison.Ordinal);   // the outcome's label
        Assert.Contains("Nguyễn Văn An (Kiểm soát viên", text, StringComparison.Ordinal);  // a name and a role
        Assert.Matches(@"Phát hiện vi phạm\s+Có", text);                                  // a field's label, a yes/no in words
        foreach (var raw in new[] { @"\w+@\d", @"\d{4}-\d{2}-\d{2}", @"\b[a-z]+[A-Z][A-Za-z]*\b", @"\b(definition|agency|role|dueAt|confirmed|done|true|false|inspector|supervisor|system)\b", @"[{}\[\]""]" })
            Assert.DoesNotMatch(raw, text);
    }

    private static async Task<HttpResponseMessage> SignalAsync(HttpClient client, string code, object fields)
    {
        var process = (await client.CaseAsync(code)).GetProperty("processes").EnumerateArray().Single(p => p.GetProperty("process").GetString() == "qltt-enforcement");
        return await client.PostAsJsonAsync($"/api/staff/cases/{code}/processes/{process.GetProperty("id").GetInt64()}/signals/crimeSigns", new { fields });
    }

    /// <summary>A cookie session through the real sign-in form, for reading pages.</summary>
    private async Task<HttpClient> SignInAsync(string user)
    {
        var client = app.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { HandleCookies = true });
        var form = await client.GetStringAsync("/staff/login");
        var token = System.Text.RegularExpressions.Regex.Match(form, "name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"").Groups[1].Value;
        var signIn = await client.PostAsync("/staff/login", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["userName"] = user, ["password"] = TestData.DemoPassword, ["__RequestVerificationToken"] = token,
        }));
        Assert.True(signIn.IsSuccessStatusCode, $"sign-in: {(int)signIn.StatusCode}");
        return client;
    }
}

public sealed class DossierTests_Sqlite(CaseSqliteApp app) : DossierTests<CaseSqliteApp>(app);

public sealed class DossierTests_Postgres(CasePostgresApp app) : DossierTests<CasePostgresApp>(app);
