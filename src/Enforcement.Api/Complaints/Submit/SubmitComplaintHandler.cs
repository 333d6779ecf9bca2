using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Enforcement.Api.Data;
using Enforcement.Api.Infrastructure;
using Enforcement.Api.Localization;
using Enforcement.Api.Notifications;
using Enforcement.Api.Reference;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Enforcement.Api.Complaints.Submit;

internal abstract record SubmitOutcome
{
    public sealed record Created(SubmitComplaintResponse Response) : SubmitOutcome;
    public sealed record Replayed(SubmitComplaintResponse Response) : SubmitOutcome;
    public sealed record Invalid(FieldErrors Errors) : SubmitOutcome;
    public sealed record IdempotencyConflict : SubmitOutcome;
}

/// <summary>Stores a complaint, its files, its first history entry and its confirmation email in one transaction.</summary>
internal sealed class SubmitComplaintHandler(
    EnforcementDbContext db,
    AdministrativeUnitsCache units,
    IDataProtectionProvider protection,
    IOptions<ComplaintOptions> options,
    OutboxSignal outboxSignal,
    TrackingCodes codes,
    Cases.CaseIntake cases,
    AttachmentWriteGate attachmentWrites,
    Evidence.Capture.ListingCaptures listingCaptures,
    Listings.Links.ComplaintListingLinks listingLinks,
    TimeProvider clock)
{
    public const string ConsentTextVersion = "2026-01";
    private readonly IDataProtector _protector = protection.CreateProtector("Complaints.IdempotentResponse");

    public async Task<SubmitOutcome> SubmitAsync(SubmitComplaintRequest request, IReadOnlyList<IncomingFile> files, string? idempotencyKey, string channel, CancellationToken ct)
    {
        Normalize(request);
        var errors = SubmitComplaintValidator.Validate(request, files, await units.GetAsync(ct), VietnamTime.Today(clock));
        if (!errors.IsEmpty) return new SubmitOutcome.Invalid(errors);

        var requestHash = idempotencyKey is null ? "" : HashRequest(request, files);
        if (idempotencyKey is not null && await FindPriorAsync(idempotencyKey, requestHash, ct) is { } prior) return prior;

        var now = clock.GetUtcNow().UtcDateTime;
        var accessKey = Base64Url(RandomNumberGenerator.GetBytes(24));
        await codes.PrepareAsync(now, ct);
        // Loads (or makes) the Data Protection key before the transaction: a new key is written by a second
        // connection, which must not wait behind this submission's own write lock (SQLite).
        if (idempotencyKey is not null) _protector.Protect([]);
        using var slot = files.Count > 0 ? await attachmentWrites.EnterAsync(ct) : null;
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        var trackingCode = await codes.NextAsync(now, ct);
        var complaint = Build(request, files, trackingCode, accessKey, channel, now);
        db.Complaints.Add(complaint);

        var statusUrl = $"{options.Value.PublicBaseUrl.TrimEnd('/')}/complaints/status/{complaint.TrackingCode}?key={accessKey}";
        var response = new SubmitComplaintResponse(complaint.TrackingCode, accessKey, complaint.Status, now, statusUrl);
        if (complaint.Complainant.Email is { } email)
        {
            db.OutboxMessages.Add(ConfirmationEmail(complaint, email, statusUrl, now));
        }
        if (idempotencyKey is not null)
        {
            db.IdempotencyRecords.Add(new IdempotencyRecord
            {
                Key = idempotencyKey, RequestHash = requestHash, CreatedAt = now,
                ProtectedResponse = _protector.Protect(JsonSerializer.Serialize(response)),
            });
        }
        await cases.StageAsync(complaint, ct); // its triage process, saved together with it
        listingCaptures.Stage(complaint, now); // its listing URLs, captured as evidence without anyone asking
        await listingLinks.StageAsync(complaint, now, ct); // and linked to the listings already known by those URLs
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException) when (idempotencyKey is not null)
        {
            // A concurrent retry with the same key won the race: answer with its result.
            await tx.RollbackAsync(CancellationToken.None);
            db.ChangeTracker.Clear();
            return await FindPriorAsync(idempotencyKey, requestHash, ct) ?? throw new InvalidOperationException("Idempotency record vanished.");
        }
        await StoreFilesAsync(complaint.Attachments, files, ct); // the bytes, streamed, now that the rows have ids
        await tx.CommitAsync(ct);
        outboxSignal.Notify();
        listingCaptures.Committed(complaint);
        return new SubmitOutcome.Created(response);
    }

    private async Task<SubmitOutcome?> FindPriorAsync(string key, string requestHash, CancellationToken ct)
    {
        var record = await db.IdempotencyRecords.AsNoTracking().FirstOrDefaultAsync(r => r.Key == key, ct);
        if (record is null) return null;
        if (record.RequestHash != requestHash) return new SubmitOutcome.IdempotencyConflict();
        return new SubmitOutcome.Replayed(JsonSerializer.Deserialize<SubmitComplaintResponse>(_protector.Unprotect(record.ProtectedResponse))!);
    }

    private static Complaint Build(SubmitComplaintRequest r, IReadOnlyList<IncomingFile> files, string code, string accessKey, string channel, DateTime now)
    {
        var contact = r.Anonymous ? new ContactDetails() : new ContactDetails
        {
            FullName = r.Complainant?.FullName, Phone = r.Complainant?.Phone is { } p ? SubmitComplaintValidator.NormalizePhone(p) : null,
            Email = r.Complainant?.Email?.ToLowerInvariant(), Address = r.Complainant?.Address,
        };
        return new Complaint
        {
            TrackingCode = code,
            AccessKeyHash = HashAccessKey(accessKey),
            Category = r.Category!, Description = r.Description!, Anonymous = r.Anonymous, Complainant = contact,
            Business = new BusinessDetails { Name = r.Business?.Name, Address = r.Business?.Address, Website = r.Business?.Website, Platform = r.Business?.Platform, ShopUrl = r.Business?.ShopUrl },
            Product = new ProductDetails { Name = r.Product?.Name, Brand = r.Product?.Brand, QrCode = r.Product?.QrCode },
            ProvinceCode = r.Location!.Province!, WardCode = r.Location.Ward!,
            PurchaseDate = r.Purchase?.Date is { Length: > 0 } d ? DateOnly.ParseExact(d, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) : null,
            PurchaseAmountVnd = r.Purchase?.AmountVnd,
            ConsentGivenAt = now, ConsentTextVersion = ConsentTextVersion,
            Status = ComplaintStatuses.Received, Channel = channel, SubmittedAt = now, StatusChangedAt = now,
            ListingUrls = (r.ListingUrls ?? []).Select((u, i) => new ComplaintListingUrl { Position = i, Url = u }).ToList(),
            Attachments = files.Select(f => ToAttachment(f, now)).ToList(),
            History = [new ComplaintStatusChange { Status = ComplaintStatuses.Received, At = now }],
        };
    }

    private static ComplaintAttachment ToAttachment(IncomingFile f, DateTime now)
    {
        var type = f.ContentType!;
        var name = Path.GetFileName(f.FileName.Replace('\\', '/'));
        if (string.IsNullOrWhiteSpace(name)) name = "file" + AttachmentInspector.ExtensionFor(type);
        return new ComplaintAttachment
        {
            FileName = name.Length > 255 ? name[^255..] : name, ContentType = type, SizeBytes = f.Length, Sha256 = f.Sha256, ReceivedAt = now,
        };
    }

    /// <summary>Streams each file's bytes into its attachment row, in the submission's transaction.</summary>
    private async Task StoreFilesAsync(List<ComplaintAttachment> attachments, IReadOnlyList<IncomingFile> files, CancellationToken ct)
    {
        if (attachments.Any(a => a.Id == 0)) await db.SaveChangesAsync(ct); // the rows need their ids first
        for (var i = 0; i < files.Count; i++)
        {
            await using var content = files[i].OpenRead();
            await AttachmentStore.WriteAsync(db, attachments[i].Id, files[i].Length, content, ct);
        }
    }

    private static OutboxMessage ConfirmationEmail(Complaint c, string email, string statusUrl, DateTime now) => new()
    {
        Recipient = email,
        Subject = Text.Format("email.confirmation.subject", c.TrackingCode),
        // Anyone can type any address and any name: the email repeats nothing the filer typed (a name such as
        // "ACCOUNT LOCKED, sign in at …" would turn the department's own mail into phishing), only our code and link.
        Body = Text.Format("email.confirmation.body", Text.Get("email.greeting.anonymous"),
            VietnamTime.Format(now) + " (GMT+7)", c.TrackingCode, Text.Status(c.Status), statusUrl),
        CreatedAt = now, NextAttemptAt = now,
    };

    public static string HashAccessKey(string key) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(key)));

    private static string HashRequest(SubmitComplaintRequest r, IReadOnlyList<IncomingFile> files)
    {
        // Upper-case hex, as before uploads were streamed, so stored idempotency records keep matching.
        var canonical = JsonSerializer.Serialize(new { r, files = files.Select(f => new { f.FileName, hash = f.Sha256.ToUpperInvariant() }) });
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(canonical)));
    }

    private static string Base64Url(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    /// <summary>Trims, turns blanks into nulls and composes Vietnamese text to NFC, so the same words are stored the same way.</summary>
    private static void Normalize(SubmitComplaintRequest r)
    {
        static string? N(string? s) => string.IsNullOrWhiteSpace(s) ? null : s.Trim().Normalize(NormalizationForm.FormC);
        r.Category = N(r.Category)?.ToLowerInvariant();
        r.Description = N(r.Description);
        if (r.Complainant is { } c) { c.FullName = N(c.FullName); c.Phone = N(c.Phone); c.Email = N(c.Email); c.Address = N(c.Address); }
        if (r.Business is { } b) { b.Name = N(b.Name); b.Address = N(b.Address); b.Website = N(b.Website); b.Platform = N(b.Platform)?.ToLowerInvariant(); b.ShopUrl = N(b.ShopUrl); }
        if (r.Product is { } p) { p.Name = N(p.Name); p.Brand = N(p.Brand); p.QrCode = N(p.QrCode); }
        if (r.Location is { } l) { l.Province = N(l.Province); l.Ward = N(l.Ward); }
        if (r.Purchase is { } pu) pu.Date = N(pu.Date);
        r.ListingUrls = r.ListingUrls?.Select(u => N(u) ?? "").ToList();
    }
}
