using System.Security.Claims;
using Enforcement.Api.Cases.Files;
using Enforcement.Api.Complaints;
using Enforcement.Api.Complaints.Submit;
using Enforcement.Api.Data;
using Enforcement.Api.Identity;
using Enforcement.Api.Infrastructure;
using Enforcement.Workflows.Runtime;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Enforcement.Api.Cases.Tasks;

/// <summary>
/// A completion that brings files (the scanned record, photos of the inspection). Files are checked before anything
/// is written; the outcome, the file rows and their bytes are then one transaction, so a refused outcome leaves no
/// file and a refused file leaves the task open (docs/decisions/0032).
/// </summary>
internal static class CompleteWithFiles
{
    /// <summary>The API endpoint: JSON as before, or multipart/form-data with files.</summary>
    internal static async Task<Results<Ok<ActionResponse>, ValidationProblem, ProblemHttpResult>> EndpointAsync(
        long taskId, HttpRequest http, ClaimsPrincipal user, EnforcementDbContext db, WorkflowRuntime runtime, AttachmentWriteGate gate, TimeProvider clock, CancellationToken ct)
    {
        if (!await db.Set<WorkflowTask>().VisibleTo(user).AnyAsync(t => t.Id == taskId, ct)) return Problems.NotFound("workflow.error.taskNotFound");
        var (request, files, errors) = await CompleteTaskForm.ReadAsync(http, ct);
        if (!errors.IsEmpty) return Problems.Validation(errors.ToDictionary());
        return await CompleteAsync(taskId, request, files, user, db, runtime, gate, clock, ct);
    }

    /// <summary>Shared with the case page.</summary>
    public static async Task<Results<Ok<ActionResponse>, ValidationProblem, ProblemHttpResult>> CompleteAsync(long taskId, CompleteTaskRequest? request,
        IReadOnlyList<IncomingFile> files, ClaimsPrincipal user, EnforcementDbContext db, WorkflowRuntime runtime, AttachmentWriteGate gate, TimeProvider clock, CancellationToken ct)
    {
        if (files.Count == 0) return await TaskEndpoints.CompleteAsync(taskId, request, user, db, runtime, ct);
        if (!await db.Set<WorkflowTask>().VisibleTo(user).AnyAsync(t => t.Id == taskId, ct)) return Problems.NotFound("workflow.error.taskNotFound");
        var errors = new FieldErrors();
        SubmitComplaintValidator.Files(errors, CompleteTaskForm.FilesField, files);
        if (!errors.IsEmpty) return Problems.Validation(errors.ToDictionary());

        using var slot = await gate.EnterAsync(ct); // one upload writes at a time, as for complaints (decision 0012)
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        var answer = await TaskEndpoints.CompleteAsync(taskId, request, user, db, runtime, ct); // saves in this transaction, commits nothing
        if (answer.Result is not Ok<ActionResponse> { Value: { } done }) return answer; // disposed uncommitted: rolled back
        // The instance is locked until the commit, so its latest completion is this one.
        var journalEntryId = await db.Set<WorkflowJournalEntry>().Where(j => j.InstanceId == done.InstanceId && j.Kind == JournalKinds.TaskCompleted).MaxAsync(j => j.Id, ct);
        var complaintId = await db.Complaints.Where(c => c.TrackingCode == done.CaseCode).Select(c => c.Id).FirstAsync(ct);
        var now = clock.GetUtcNow().UtcDateTime;
        var rows = files.Select(f => new TaskFile
        {
            ComplaintId = complaintId, TaskId = taskId, JournalEntryId = journalEntryId, FileName = FileName(f), ContentType = f.ContentType!,
            SizeBytes = f.Length, Sha256 = f.Sha256, UploadedBy = user.UserName(), UploadedAt = now,
        }).ToList();
        db.AddRange(rows);
        await db.SaveChangesAsync(ct);
        for (var i = 0; i < files.Count; i++)
        {
            await using var content = files[i].OpenRead();
            await AttachmentStore.WriteAsync(db, TaskFileContent.Table, rows[i].Id, files[i].Length, content, ct);
        }
        await tx.CommitAsync(ct);
        return answer;
    }

    /// <summary>The name without any folder, at most 255 characters; a nameless file is named by its type.</summary>
    private static string FileName(IncomingFile f)
    {
        var name = Path.GetFileName(f.FileName.Replace('\\', '/'));
        if (string.IsNullOrWhiteSpace(name)) name = "file" + AttachmentInspector.ExtensionFor(f.ContentType!);
        return name.Length > 255 ? name[^255..] : name;
    }
}
