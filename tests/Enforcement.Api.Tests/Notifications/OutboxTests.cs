using System.Net.Http.Json;
using System.Text.RegularExpressions;
using Enforcement.Api.Data;
using Enforcement.Api.Notifications;
using Enforcement.Api.Tests.Cases;
using Enforcement.Api.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Enforcement.Api.Tests.Notifications;

public abstract partial class OutboxTests<TApp>(TApp app) : IClassFixture<TApp> where TApp : AppFactory
{
    [Fact]
    public async Task A_submission_writes_its_confirmation_email_to_the_mail_folder()
    {
        var email = $"ng{Guid.NewGuid():N}@example.vn";
        var created = await (await app.CreateClient().PostAsJsonAsync("/api/complaints", TestData.ValidComplaint(email))).JsonAsync();
        var code = created.GetProperty("trackingCode").GetString()!;

        await DrainAsync(app.Services.GetRequiredService<OutboxDispatcher>());
        await WaitUntilSentAsync(app);

        var mail = Directory.GetFiles(app.MailFolder, "*.eml").Select(File.ReadAllText).Single(t => t.Contains(email, StringComparison.Ordinal));
        Assert.Matches(@"Message-I[Dd]: <outbox-\d+@", mail);
        Assert.Contains(code, DecodeBody(mail), StringComparison.Ordinal);
        Assert.Contains($"/complaints/status/{code}?key=", DecodeBody(mail), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_department_email_repeats_nothing_the_filer_typed_so_it_cannot_carry_a_phishing_text()
    {
        var email = $"ph{Guid.NewGuid():N}"[..12] + "@example.vn";
        var body = TestData.ValidComplaint(email);
        ((Dictionary<string, object?>)body["complainant"]!)["fullName"] = "TÀI KHOẢN BỊ KHÓA, đăng nhập tại https://evil.example";
        var created = await (await app.CreateClient().PostAsJsonAsync("/api/complaints", body)).JsonAsync();
        var code = created.GetProperty("trackingCode").GetString()!;

        await DrainAsync(app.Services.GetRequiredService<OutboxDispatcher>());
        await WaitUntilSentAsync(app);

        var mail = DecodeBody(Directory.GetFiles(app.MailFolder, "*.eml").Select(File.ReadAllText).Single(t => t.Contains(email, StringComparison.Ordinal)));
        Assert.DoesNotContain("evil.example", mail, StringComparison.Ordinal);
        Assert.DoesNotContain("KHÓA", mail, StringComparison.Ordinal);
        Assert.StartsWith("Kính gửi Quý ông/bà,", mail, StringComparison.Ordinal);
        Assert.Contains(code, mail, StringComparison.Ordinal);
        Assert.Contains($"/complaints/status/{code}?key=", mail, StringComparison.Ordinal);

        // Nor do the updates that follow.
        await (await app.StaffClientAsync("supervisor")).DoAsync(code, "classify", "reject", new { rejectionReason = "Không thuộc thẩm quyền của ngành Công Thương" });
        await DrainAsync(app.Services.GetRequiredService<OutboxDispatcher>());
        await WaitUntilSentAsync(app);
        var update = Directory.GetFiles(app.MailFolder, "*.eml").Select(File.ReadAllText).Where(t => t.Contains(email, StringComparison.Ordinal)).Select(DecodeBody)
            .Single(t => t.Contains("Không thuộc thẩm quyền", StringComparison.Ordinal));
        Assert.DoesNotContain("evil.example", update, StringComparison.Ordinal);
        Assert.StartsWith("Kính gửi Quý ông/bà,", update, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Three_dispatchers_on_one_database_send_each_message_exactly_once()
    {
        using (var scope = app.Services.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<EnforcementDbContext>();
            await DrainAsync(app.Services.GetRequiredService<OutboxDispatcher>());
            var now = DateTime.UtcNow;
            for (var i = 0; i < 120; i++)
                db.OutboxMessages.Add(new OutboxMessage { Recipient = $"lease{i}@example.vn", Subject = "Kiểm tra", Body = "Nội dung", CreatedAt = now, NextAttemptAt = now });
            await db.SaveChangesAsync();
        }
        var before = Directory.Exists(app.MailFolder) ? Directory.GetFiles(app.MailFolder, "*.eml").Length : 0;
        var dispatchers = Enumerable.Range(0, 3).Select(_ => ActivatorUtilities.CreateInstance<OutboxDispatcher>(app.Services)).ToList();

        await Task.WhenAll(dispatchers.Select(d => Task.Run(() => DrainAsync(d))));
        await WaitUntilSentAsync(app); // the app's own dispatcher may still be finishing a message it leased

        var files = Directory.GetFiles(app.MailFolder, "*.eml").Select(File.ReadAllText).Where(t => t.Contains("@example.vn", StringComparison.Ordinal) && t.Contains("lease", StringComparison.Ordinal)).ToList();
        var ids = files.Select(f => MessageId().Match(f).Value).ToList();
        Assert.Equal(120, files.Count);
        Assert.Equal(120, ids.Distinct().Count());
        Assert.Equal(before + 120, Directory.GetFiles(app.MailFolder, "*.eml").Length);
        using var check = app.Services.CreateScope();
        Assert.Equal(0, await check.ServiceProvider.GetRequiredService<EnforcementDbContext>().OutboxMessages.CountAsync(m => m.SentAt == null));
    }

    private static async Task DrainAsync(OutboxDispatcher dispatcher)
    {
        for (var i = 0; i < 50 && await dispatcher.DispatchDueAsync(CancellationToken.None) > 0; i++) { }
    }

    /// <summary>The app's own dispatcher, woken by the submission, may hold the lease: wait for whoever sends it.</summary>
    internal static async Task WaitUntilSentAsync(AppFactory app)
    {
        for (var i = 0; i < 100; i++)
        {
            using var scope = app.Services.CreateScope();
            if (!await scope.ServiceProvider.GetRequiredService<EnforcementDbContext>().OutboxMessages.AnyAsync(m => m.SentAt == null && m.DeadAt == null)) return;
            await Task.Delay(100);
        }
    }

    internal static string DecodeBody(string eml)
    {
        var parts = eml.Split("\r\n\r\n", 2);
        var body = parts[1].Trim();
        if (parts[0].Contains("Content-Transfer-Encoding: base64", StringComparison.OrdinalIgnoreCase))
            return System.Text.Encoding.UTF8.GetString(Convert.FromBase64String(body.Replace("\r\n", "", StringComparison.Ordinal)));
        if (parts[0].Contains("quoted-printable", StringComparison.OrdinalIgnoreCase))
        {
            var joined = body.Replace("=\r\n", "", StringComparison.Ordinal);
            var bytes = new List<byte>();
            for (var i = 0; i < joined.Length; i++)
            {
                if (joined[i] == '=' && i + 2 < joined.Length) { bytes.Add(Convert.ToByte(joined.Substring(i + 1, 2), 16)); i += 2; }
                else bytes.Add((byte)joined[i]);
            }
            return System.Text.Encoding.UTF8.GetString(bytes.ToArray());
        }
        return body;
    }

    [GeneratedRegex(@"outbox-\d+@")]
    private static partial Regex MessageId();
}

public sealed class OutboxTests_Sqlite(SqliteApp app) : OutboxTests<SqliteApp>(app);

public sealed class OutboxTests_Postgres(PostgresApp app) : OutboxTests<PostgresApp>(app);
