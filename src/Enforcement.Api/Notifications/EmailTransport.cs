using System.Net;
using System.Net.Mail;
using System.Text;
using Microsoft.Extensions.Options;

namespace Enforcement.Api.Notifications;

/// <summary>Hands one email to the outside world. Both modes use System.Net.Mail (MailKit is not obtainable here).</summary>
internal interface IEmailTransport
{
    Task SendAsync(OutboxMessage message, CancellationToken ct);
}

internal sealed class SmtpEmailTransport(IOptions<EmailOptions> options, IHostEnvironment env) : IEmailTransport
{
    public async Task SendAsync(OutboxMessage message, CancellationToken ct)
    {
        var o = options.Value;
        using var mail = new MailMessage
        {
            From = new MailAddress(o.From, o.FromName, Encoding.UTF8),
            Subject = message.Subject,
            SubjectEncoding = Encoding.UTF8,
            Body = message.Body,
            BodyEncoding = Encoding.UTF8,
            HeadersEncoding = Encoding.UTF8,
        };
        mail.To.Add(message.Recipient);
        // A stable Message-ID lets receivers drop the duplicate if a crash makes us send twice.
        mail.Headers.Add("Message-ID", $"<outbox-{message.Id}@{new MailAddress(o.From).Host}>");
        using var client = new SmtpClient();
        if (o.Mode == "Folder")
        {
            var folder = Path.IsPathRooted(o.Folder) ? o.Folder : Path.Combine(env.ContentRootPath, o.Folder);
            Directory.CreateDirectory(folder);
            client.DeliveryMethod = SmtpDeliveryMethod.SpecifiedPickupDirectory;
            client.PickupDirectoryLocation = folder;
        }
        else
        {
            client.Host = o.SmtpHost!;
            client.Port = o.SmtpPort;
            client.EnableSsl = o.SmtpEnableSsl;
            client.Timeout = o.SmtpTimeoutSeconds * 1000; // honoured by Send only; the async send is cancelled below
            if (o.SmtpUserName is { Length: > 0 }) client.Credentials = new NetworkCredential(o.SmtpUserName, o.SmtpPassword);
        }
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(ct);
        timeout.CancelAfter(TimeSpan.FromSeconds(o.SmtpTimeoutSeconds));
        try
        {
            await client.SendMailAsync(mail, timeout.Token);
        }
        catch (OperationCanceledException) when (!ct.IsCancellationRequested)
        {
            throw new TimeoutException($"The SMTP server did not accept the message within {o.SmtpTimeoutSeconds} s.");
        }
    }
}
