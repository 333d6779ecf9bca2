using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Enforcement.Api.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Enforcement.Api.Tests.Complaints.Finding;

/// <summary>
/// Issue 11 §4 over HTTP: free text with and without diacritics, sort orders, a liaison's search, saved filters per user,
/// the CSV export and repeat offenders. Each test names its complaints with a random tag, so they share one app.
/// </summary>
public abstract class FindingWorkTests<TApp>(TApp app) : IClassFixture<TApp> where TApp : AppFactory
{
    [Fact]
    public async Task Free_text_finds_a_complaint_by_any_field_with_or_without_diacritics()
    {
        var (tag, phone) = (Tag(), Phone());
        var code = await FileAsync(tag, b =>
        {
            b["business"] = Business($"Cửa hàng Đà Lạt {tag}", $"https://shopee.vn/shop{tag}");
            b["complainant"] = Contact("Nguyễn Văn Tùng", phone, $"tung.{tag}@example.com");
        });
        var inspector = await app.StaffClientAsync("inspector");
        string[] queries =
        [
            $"Đà Lạt {tag}", $"da lat {tag.ToUpperInvariant()}", $"Đà Lạt {tag}".Normalize(NormalizationForm.FormD), $"nguyễn {tag}", $"NGUYEN {tag}",
            $"{phone[..4]} {phone[4..7]} {phone[7..]}", "+84" + phone[1..], $"tung.{tag}@example.com", $"https://shopee.vn/shop{tag}", $"shop{tag}",
            code.ToLowerInvariant(),
        ];
        foreach (var q in queries)
        {
            var page = await ListAsync(inspector, $"q={Uri.EscapeDataString(q)}");
            Assert.True(Codes(page).SequenceEqual([code]), $"q={q} found {string.Join(",", Codes(page))}");
        }
        Assert.Equal(0, (await ListAsync(inspector, $"q={Uri.EscapeDataString($"Đà Nẵng {tag}")}")).GetProperty("total").GetInt32());
    }

    [Fact]
    public async Task Sort_orders_newest_oldest_and_by_the_nearest_open_deadline_and_a_bad_sort_is_a_field_error()
    {
        var tag = Tag();
        var codes = new List<string>();
        for (var i = 0; i < 3; i++) codes.Add(await FileAsync(tag));
        var inspector = await app.StaffClientAsync("inspector");
        Assert.Equal(codes.AsEnumerable().Reverse(), Codes(await ListAsync(inspector, $"q={tag}")));
        Assert.Equal(codes.AsEnumerable().Reverse(), Codes(await ListAsync(inspector, $"q={tag}&sort=newest")));
        Assert.Equal(codes, Codes(await ListAsync(inspector, $"q={tag}&sort=oldest")));
        var byDeadline = await ListAsync(inspector, $"q={tag}&sort=deadline");
        var due = byDeadline.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("nextDueAt").GetDateTime()).ToList();
        Assert.Equal(3, due.Count);
        Assert.Equal(due.Order(), due);

        var bad = await inspector.GetAsync($"/api/staff/complaints?sort=priority&q={new string('a', 201)}");
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        Assert.Equal("application/problem+json", bad.Content.Headers.ContentType?.MediaType);
        var errors = (await bad.JsonAsync()).GetProperty("errors");
        Assert.Contains("newest", errors.GetProperty("sort")[0].GetString());
        Assert.True(errors.TryGetProperty("q", out _));
    }

    [Fact]
    public async Task A_liaison_finds_nothing_it_may_not_see()
    {
        var tag = Tag();
        await FileAsync(tag);
        var inspector = await app.StaffClientAsync("inspector");
        Assert.Equal(1, (await ListAsync(inspector, $"q={tag}")).GetProperty("total").GetInt32());
        var police = await app.StaffClientAsync("police");
        Assert.Equal(0, (await ListAsync(police, $"q={tag}")).GetProperty("total").GetInt32());
        // The association sees the demo dispute handed to it, and finds it; the police does not.
        var association = await app.StaffClientAsync("association");
        Assert.NotEqual(0, (await ListAsync(association, "q=phuong+nam")).GetProperty("total").GetInt32());
        Assert.Equal(0, (await ListAsync(police, "q=phuong+nam")).GetProperty("total").GetInt32());
        Assert.Equal(HttpStatusCode.OK, (await police.GetAsync("/api/staff/complaints.csv?q=phuong+nam")).StatusCode);
        Assert.DoesNotContain("Phương Nam", await police.GetStringAsync("/api/staff/complaints.csv?q=phuong+nam"));
    }

    [Fact]
    public async Task Saved_filters_belong_to_their_user_keep_only_the_lists_parameters_and_are_replaced_by_name()
    {
        var name = "Hàng giả " + Tag();
        var inspector = await app.StaffClientAsync("inspector");
        var created = await inspector.PostAsJsonAsync("/api/staff/saved-filters", new { list = "complaints", name, query = "?q=nuoc+mam&sort=oldest&page=3&evil=1" });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var saved = await created.JsonAsync();
        Assert.Equal("q=nuoc%20mam&sort=oldest", saved.GetProperty("query").GetString());
        Assert.Equal("/staff/complaints?q=nuoc%20mam&sort=oldest", saved.GetProperty("link").GetString());
        var id = saved.GetProperty("id").GetInt64();

        var again = await inspector.PostAsJsonAsync("/api/staff/saved-filters", new { list = "complaints", name, query = "sort=deadline" });
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        var mine = await inspector.GetFromJsonAsync<JsonElement>("/api/staff/saved-filters?list=complaints");
        Assert.Equal("sort=deadline", mine.EnumerateArray().Single(f => f.GetProperty("name").GetString() == name).GetProperty("query").GetString());

        var other = await app.StaffClientAsync("inspector2");
        var theirs = await other.GetFromJsonAsync<JsonElement>("/api/staff/saved-filters");
        Assert.DoesNotContain(theirs.EnumerateArray(), f => f.GetProperty("id").GetInt64() == id);
        Assert.Equal(HttpStatusCode.NotFound, (await other.DeleteAsync($"/api/staff/saved-filters/{id}")).StatusCode);

        var bad = await inspector.PostAsJsonAsync("/api/staff/saved-filters", new { list = "people", name = "" });
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        var errors = (await bad.JsonAsync()).GetProperty("errors");
        Assert.True(errors.TryGetProperty("list", out _) && errors.TryGetProperty("name", out _));

        Assert.Equal(HttpStatusCode.NoContent, (await inspector.DeleteAsync($"/api/staff/saved-filters/{id}")).StatusCode);
        Assert.DoesNotContain((await inspector.GetFromJsonAsync<JsonElement>("/api/staff/saved-filters")).EnumerateArray(), f => f.GetProperty("id").GetInt64() == id);
    }

    [Fact]
    public async Task The_same_name_saved_by_several_requests_at_once_is_one_filter_and_never_a_5xx()
    {
        var inspector = await app.StaffClientAsync("inspector");
        for (var round = 0; round < 5; round++)
        {
            var name = "Cùng lúc " + Tag();
            var answers = await Task.WhenAll(Enumerable.Range(0, 6).Select(i =>
                inspector.PostAsJsonAsync("/api/staff/saved-filters", new { list = "complaints", name, query = $"q=mam{i}" })));
            Assert.All(answers, a => Assert.True(a.StatusCode is HttpStatusCode.Created or HttpStatusCode.OK, $"{(int)a.StatusCode}"));
            var mine = await inspector.GetFromJsonAsync<JsonElement>("/api/staff/saved-filters?list=complaints");
            Assert.Single(mine.EnumerateArray(), f => f.GetProperty("name").GetString() == name);
        }
    }

    [Fact]
    public async Task The_csv_has_a_bom_defuses_formulas_and_shows_personal_data_only_to_qltt_case_workers()
    {
        var (tag, phone) = (Tag(), Phone());
        await FileAsync(tag, b =>
        {
            b["business"] = Business($"=HYPERLINK(\"http://x.example\") {tag}", null);
            b["complainant"] = Contact("Trương Thị Ngọc", phone, null);
        });
        var inspector = await app.StaffClientAsync("inspector");
        var response = await inspector.GetAsync($"/api/staff/complaints.csv?q={tag}");
        Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
        var bytes = await response.Content.ReadAsByteArrayAsync();
        Assert.Equal(Encoding.UTF8.GetPreamble(), bytes[..3]);
        var csv = Encoding.UTF8.GetString(bytes[3..]);
        Assert.Contains("Trương Thị Ngọc", csv);
        Assert.Contains(phone, csv);
        Assert.Contains("\"'=HYPERLINK(", csv);
        Assert.DoesNotContain(",=HYPERLINK", csv);
        Assert.DoesNotContain(",\"=HYPERLINK", csv);

        // The association's own complaint: its file has the business, not the complainant.
        var association = await app.StaffClientAsync("association");
        var theirs = await association.GetStringAsync("/api/staff/complaints.csv?q=phuong+nam");
        Assert.Contains("Điện máy Phương Nam", theirs);
        Assert.DoesNotContain("Người phản ánh", theirs);
        Assert.DoesNotContain("0987654321", theirs);
        Assert.Contains("Người phản ánh", await inspector.GetStringAsync("/api/staff/complaints.csv?q=phuong+nam"));
    }

    [Fact]
    public async Task A_complaint_about_a_business_already_complained_about_counts_the_others_and_links_to_them()
    {
        var tag = Tag();
        var first = await FileAsync(tag, b => b["business"] = Business($"Cơ sở Hòa Bình {tag}", $"https://shopee.vn/repeat{tag}"));
        var sameShop = await FileAsync(tag, b => b["business"] = Business("Tên khác", $"http://www.shopee.vn/repeat{tag}/?ref=1"));
        var sameName = await FileAsync(tag, b => b["business"] = Business($"CO SO HOA BINH {tag}", null));
        await FileAsync(tag, b => b["business"] = Business($"Cơ sở khác {tag}", $"https://shopee.vn/other{tag}"));

        var inspector = await app.StaffClientAsync("inspector");
        var detail = await inspector.GetFromJsonAsync<JsonElement>($"/api/staff/complaints/{first}");
        var related = detail.GetProperty("relatedComplaints");
        Assert.Equal(2, related.GetProperty("count").GetInt32());
        Assert.Equal($"/staff/complaints?related={first}", related.GetProperty("link").GetString());
        Assert.Equal(new[] { sameName, sameShop }, Codes(await ListAsync(inspector, $"related={first}")));
        var police = await app.StaffClientAsync("police");
        Assert.Equal(0, (await ListAsync(police, $"related={first}")).GetProperty("total").GetInt32());
    }

    [Fact]
    public async Task The_work_queue_takes_the_same_search_and_its_own_sorts()
    {
        var tag = Tag();
        var code = await FileAsync(tag);
        var lead = await app.StaffClientAsync("teamlead");
        var found = await lead.GetFromJsonAsync<JsonElement>($"/api/staff/tasks?q={tag}&sort=newest");
        Assert.Equal([code], found.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("caseCode").GetString()));
        Assert.Equal(0, (await lead.GetFromJsonAsync<JsonElement>($"/api/staff/tasks?q={tag}x")).GetProperty("total").GetInt32());
        var bad = await lead.GetAsync("/api/staff/tasks?sort=sideways");
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        Assert.True((await bad.JsonAsync()).GetProperty("errors").TryGetProperty("sort", out _));
    }

    [Fact]
    public async Task Complaints_without_search_text_are_filled_by_the_start_up_backfill()
    {
        var tag = Tag();
        var code = await FileAsync(tag);
        using (var scope = app.Services.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<Enforcement.Api.Data.EnforcementDbContext>();
            await db.Complaints.Where(c => c.TrackingCode == code).ExecuteUpdateAsync(u => u.SetProperty(c => c.SearchText, (string?)null));
        }
        var inspector = await app.StaffClientAsync("inspector");
        Assert.Equal(0, (await ListAsync(inspector, $"q={tag}")).GetProperty("total").GetInt32());
        using (var scope = app.Services.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<Enforcement.Api.Data.EnforcementDbContext>();
            Assert.True(await Enforcement.Api.Complaints.Finding.ComplaintSearchBackfill.RunAsync(db, CancellationToken.None) >= 1);
        }
        Assert.Equal([code], Codes(await ListAsync(inspector, $"q={tag}")));
    }

    private static string Tag() => "zq" + Guid.NewGuid().ToString("N")[..8].Replace('0', 'x').Replace('1', 'y');

    private static string Phone() => "09" + Random.Shared.Next(10_000_000, 99_999_999);

    private static Dictionary<string, object?> Business(string name, string? shopUrl) => new() { ["name"] = name, ["platform"] = "shopee", ["shopUrl"] = shopUrl };

    private static Dictionary<string, object?> Contact(string name, string phone, string? email) => new() { ["fullName"] = name, ["phone"] = phone, ["email"] = email };

    private async Task<string> FileAsync(string tag, Action<Dictionary<string, object?>>? change = null)
    {
        var body = TestData.ValidComplaint();
        body["description"] = $"Bán hàng giả, mã {tag}";
        change?.Invoke(body);
        var response = await app.CreateClient().PostAsJsonAsync("/api/complaints", body);
        Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync());
        return (await response.JsonAsync()).GetProperty("trackingCode").GetString()!;
    }

    private static async Task<JsonElement> ListAsync(HttpClient client, string query)
    {
        var response = await client.GetAsync("/api/staff/complaints?pageSize=100&" + query);
        Assert.True(response.IsSuccessStatusCode, query + ": " + await response.Content.ReadAsStringAsync());
        return await response.JsonAsync();
    }

    private static List<string> Codes(JsonElement page) =>
        page.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("trackingCode").GetString()!).ToList();
}

public sealed class FindingWorkTests_Sqlite(SqliteApp app) : FindingWorkTests<SqliteApp>(app);

public sealed class FindingWorkTests_Postgres(PostgresApp app) : FindingWorkTests<PostgresApp>(app);
