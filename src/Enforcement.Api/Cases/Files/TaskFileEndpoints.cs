using System.Security.Claims;
using Enforcement.Api.Complaints;
using Enforcement.Api.Data;
using Enforcement.Api.Infrastructure;
using Enforcement.Workflows.Definitions;
using Enforcement.Workflows.Runtime;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Enforcement.Api.Cases.Files;

/// <summary>The files given with tasks' outcomes (hồ sơ tài liệu): listed and downloaded with the notes' access cut.</summary>
internal static class TaskFileEndpoints
{
    public static RouteGroupBuilder MapTaskFiles(this RouteGroupBuilder group)
    {
        group.MapGet("/{code}/files", ListAsync).WithName("ListCaseFiles")
            .WithSummary("Files given with the case's task outcomes, with their SHA-256. An outside agency's liaison sees those from the handoff to its agency on. 404 when the case is not visible.")
            .Produces<List<TaskFileView>>().ProducesProblem(StatusCodes.Status404NotFound);
        group.MapGet("/{code}/files/{fileId:long}", DownloadAsync).WithName("DownloadCaseFile")
            .WithSummary("The bytes of an outcome's file, served with the type detected from them. 404 when the file is not visible to the caller.")
            .Produces(StatusCodes.Status200OK, contentType: "application/octet-stream").ProducesProblem(StatusCodes.Status404NotFound);
        return group;
    }

    internal static async Task<Results<Ok<List<TaskFileView>>, ProblemHttpResult>> ListAsync(string code, ClaimsPrincipal user, EnforcementDbContext db, DefinitionCatalog catalog, CancellationToken ct) =>
        await CaseFileAccess.FindAsync(code, user, db, ct) is { } scope ? TypedResults.Ok(await QueryAsync(scope, db, catalog, ct)) : Problems.NotFound("error.notFound");

    /// <summary>Shared with the case page, oldest first.</summary>
    public static async Task<List<TaskFileView>> QueryAsync(CaseFileAccess.Scope scope, EnforcementDbContext db, DefinitionCatalog catalog, CancellationToken ct)
    {
        var rows = await (from f in db.Set<TaskFile>().AsNoTracking()
                          where f.ComplaintId == scope.ComplaintId && f.JournalEntryId >= scope.FromJournalId
                          join t in db.Set<WorkflowTask>() on f.TaskId equals t.Id
                          join i in db.Set<WorkflowInstance>() on t.InstanceId equals i.Id
                          join u in db.StaffUsers on f.UploadedBy equals u.UserName into users
                          from u in users.DefaultIfEmpty()
                          orderby f.Id
                          select new { File = f, t.StepId, i.DefinitionId, i.DefinitionVersion, FullName = u == null ? null : u.FullName }).ToListAsync(ct);
        return rows.Select(r => new TaskFileView(r.File.Id, r.File.TaskId, r.File.JournalEntryId,
            WorkflowText.Step(catalog.Get(r.DefinitionId, r.DefinitionVersion), r.StepId), r.File.FileName, r.File.ContentType, r.File.SizeBytes,
            r.File.Sha256, r.File.UploadedBy, r.FullName ?? r.File.UploadedBy, r.File.UploadedAt)).ToList();
    }

    internal static async Task<Results<PushStreamHttpResult, ProblemHttpResult>> DownloadAsync(
        string code, long fileId, ClaimsPrincipal user, EnforcementDbContext db, HttpResponse response, CancellationToken ct)
    {
        if (await CaseFileAccess.FindAsync(code, user, db, ct) is not { } scope) return Problems.NotFound("error.notFound");
        var file = await db.Set<TaskFile>().AsNoTracking()
            .Where(f => f.Id == fileId && f.ComplaintId == scope.ComplaintId && f.JournalEntryId >= scope.FromJournalId)
            .Select(f => new { f.Id, f.FileName, f.ContentType, f.SizeBytes }).FirstOrDefaultAsync(ct);
        if (file is null) return Problems.NotFound("error.notFound");
        // As the complaint's attachments: saved as a file, never sniffed, sandboxed if a browser renders it anyway.
        response.Headers.ContentSecurityPolicy = "sandbox";
        response.Headers.XContentTypeOptions = "nosniff";
        response.ContentLength = file.SizeBytes;
        return TypedResults.Stream(body => AttachmentStore.CopyToAsync(db, TaskFileContent.Table, file.Id, body, ct), file.ContentType, file.FileName);
    }
}
