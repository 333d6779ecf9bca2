using System.ComponentModel.DataAnnotations;

namespace Enforcement.Api.Notifications;

internal sealed class EmailOptions
{
    public const string Section = "Email";

    /// <summary>"Folder" writes .eml files (the embedded default); "Smtp" sends to a real server.</summary>
    [Required, RegularExpression("^(Folder|Smtp)$")]
    public string Mode { get; set; } = "Folder";

    /// <summary>Where .eml files go in Folder mode; relative to the app's content root.</summary>
    public string Folder { get; set; } = "data/mail";

    [Required, EmailAddress]
    public string From { get; set; } = "khieunai@sct.example.gov.vn";

    public string FromName { get; set; } = "Sở Công Thương – Tiếp nhận phản ánh";
    public string? SmtpHost { get; set; }
    [Range(1, 65535)] public int SmtpPort { get; set; } = 25;
    public bool SmtpEnableSsl { get; set; }
    public string? SmtpUserName { get; set; }
    public string? SmtpPassword { get; set; }

    /// <summary>How long one SMTP send may take; under half of <see cref="LeaseSeconds"/>, so a send never outlasts its lease.</summary>
    [Range(1, 600)] public int SmtpTimeoutSeconds { get; set; } = 20;

    /// <summary>Whether this instance sends mail; another instance on the same database can do it instead.</summary>
    public bool RunDispatcher { get; set; } = true;

    /// <summary>How often the dispatcher looks for due messages when nothing wakes it.</summary>
    [Range(100, 600_000)] public int PollMilliseconds { get; set; } = 2000;
    [Range(1, 100)] public int MaxAttempts { get; set; } = 12;
    [Range(5, 3600)] public int LeaseSeconds { get; set; } = 60;
}
