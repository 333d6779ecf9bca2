using System.Net.Http.Json;
using Enforcement.Api.Notifications;
using Enforcement.Api.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Enforcement.Api.Tests.Notifications;

/// <summary>The app configured for SMTP, talking to a real SMTP server (maildev, started by scripts/test.sh).</summary>
public sealed class SmtpApp : SqliteApp
{
    public static readonly string Smtp = Environment.GetEnvironmentVariable("ENFORCEMENT_TEST_SMTP")
        ?? throw new InvalidOperationException("ENFORCEMENT_TEST_SMTP is not set: SMTP tests need a real SMTP server (maildev). Run scripts/test.sh.");
    public static readonly string MailDev = Environment.GetEnvironmentVariable("ENFORCEMENT_TEST_MAILDEV")
        ?? throw new InvalidOperationException("ENFORCEMENT_TEST_MAILDEV is not set: the maildev web API is needed to read what was sent. Run scripts/test.sh.");

    protected override IDictionary<string, string?> ExtraSettings => new Dictionary<string, string?>
    {
        ["Email:Mode"] = "Smtp",
        ["Email:SmtpHost"] = Smtp.Split(':')[0],
        ["Email:SmtpPort"] = Smtp.Split(':')[1],
    };
}

public sealed class SmtpDeliveryTests(SmtpApp app) : IClassFixture<SmtpApp>
{
    [Fact]
    public async Task The_confirmation_email_reaches_a_real_smtp_server_in_vietnamese()
    {
        var email = $"smtp{Guid.NewGuid():N}@example.vn";
        var created = await (await app.CreateClient().PostAsJsonAsync("/api/complaints", TestData.ValidComplaint(email))).JsonAsync();
        var code = created.GetProperty("trackingCode").GetString()!;
        var dispatcher = app.Services.GetRequiredService<OutboxDispatcher>();
        for (var i = 0; i < 10 && await dispatcher.DispatchDueAsync(CancellationToken.None) > 0; i++) { }

        using var http = new HttpClient { BaseAddress = new Uri(SmtpApp.MailDev) };
        var found = default(System.Text.Json.JsonElement?);
        for (var attempt = 0; attempt < 50 && found is null; attempt++)
        {
            var inbox = await (await http.GetAsync("/email")).JsonAsync();
            found = inbox.EnumerateArray().Cast<System.Text.Json.JsonElement?>()
                .FirstOrDefault(m => m!.Value.GetProperty("to").EnumerateArray().Any(t => t.GetProperty("address").GetString() == email));
            if (found is null) await Task.Delay(100);
        }
        Assert.True(found is not null, $"maildev at {SmtpApp.MailDev} never received the mail for {email}");
        Assert.Equal($"Đã tiếp nhận phản ánh {code}", found!.Value.GetProperty("subject").GetString());
        Assert.Contains($"/complaints/status/{code}?key=", found.Value.GetProperty("text").GetString(), StringComparison.Ordinal);
    }
}
