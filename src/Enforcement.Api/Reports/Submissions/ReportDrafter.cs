using Enforcement.Api.Complaints;
using Enforcement.Api.Data;
using Enforcement.Api.Identity;
using Enforcement.Api.Infrastructure;
using Enforcement.Api.Localization;
using Enforcement.Api.Notifications;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Enforcement.Api.Reports.Submissions;

/// <summary>
/// Drafts the reports that are due for drafting: last month's from the 1st, the year's from YearlyOpensDate, each until
/// its due date. Exactly once across instances: the draft row's key (Kind, Period) and the emails are one insert, so a
/// second instance's insert is refused and its emails roll back with it.
/// </summary>
internal sealed class ReportDrafter(
    EnforcementDbContext db, ReportDueDates due, IOptions<ReportSubmissionOptions> options,
    IOptions<ComplaintOptions> site, OutboxSignal outbox, TimeProvider clock)
{
    /// <summary>The periods to draft today (Vietnam calendar).</summary>
    public IEnumerable<ReportPeriod> DueToday()
    {
        var today = VietnamTime.Today(clock);
        var lastMonth = new ReportPeriod(today.Year, today.Month).Previous;
        if (today <= due.DueDate(lastMonth)) yield return lastMonth;
        var year = new ReportPeriod(today.Year, null);
        if (today >= due.OpensOn(year) && today <= due.DueDate(year)) yield return year;
    }

    /// <summary>Drafts one period; false when it already was (here or by another instance).</summary>
    public async Task<bool> DraftAsync(ReportPeriod p, CancellationToken ct)
    {
        var key = p.ToString();
        if (await db.Set<ReportDraft>().AnyAsync(d => d.Kind == p.Kind && d.Period == key, ct)) return false;
        var now = clock.GetUtcNow().UtcDateTime;
        var recipients = await RecipientsAsync(ct);
        var dueDate = due.DueDate(p);
        db.Add(new ReportDraft
        {
            Kind = p.Kind, Period = key, DueDate = dueDate, CreatedAt = now, Notified = recipients.Count,
        });
        var link = $"{site.Value.PublicBaseUrl.TrimEnd('/')}/staff/reports/{p.Kind}/{key}";
        foreach (var email in recipients)
        {
            // Only the period, the due date and the link: no figures, no names.
            db.OutboxMessages.Add(new OutboxMessage
            {
                Recipient = email,
                Subject = Text.Format("email.reportDraft.subject", SubmissionViews.Label(p), SubmissionViews.Day(dueDate)),
                Body = Text.Format("email.reportDraft.body", SubmissionViews.Label(p), SubmissionViews.Day(dueDate), link),
                CreatedAt = now, NextAttemptAt = now,
            });
        }
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            if (await DraftedElsewhereAsync(p, ct)) return false;
            throw;
        }
        outbox.Notify();
        return true;
    }

    private async Task<bool> DraftedElsewhereAsync(ReportPeriod p, CancellationToken ct)
    {
        db.ChangeTracker.Clear();
        var key = p.ToString();
        return await db.Set<ReportDraft>().AnyAsync(d => d.Kind == p.Kind && d.Period == key, ct);
    }

    /// <summary>Each configured entry is a role code (everyone active in it) or a user name; one email per address.</summary>
    private async Task<List<string>> RecipientsAsync(CancellationToken ct)
    {
        var entries = options.Value.ResponsibleList;
        var roles = entries.Where(e => Roles.All.Contains(e)).ToList();
        var emails = await db.StaffUsers.AsNoTracking()
            .Where(u => u.IsActive && u.Email != null && (roles.Contains(u.Role) || entries.Contains(u.UserName)))
            .Select(u => u.Email!).ToListAsync(ct);
        return [.. emails.Distinct(StringComparer.OrdinalIgnoreCase).Order(StringComparer.Ordinal)];
    }
}
