using Enforcement.Evidence.Packaging;

namespace Enforcement.Cli;

/// <summary>
/// <c>enforcement verify &lt;package.zip&gt;</c>: checks an export package offline and prints "Hợp lệ" or each problem
/// on its own line. Exit 0 valid, 1 invalid, 2 usage or unreadable.
/// </summary>
internal static class VerifyCommand
{
    public const int Valid = 0;
    public const int Invalid = 1;
    public const int Usage = 2;

    public static async Task<int> RunAsync(string target, TextWriter output, TextWriter error, CancellationToken ct) =>
        await RunAsync(target, Directory.GetCurrentDirectory(), [], output, error, ct);

    /// <summary>A package path, or the id of a stored capture (checked in the app's database, store and key).</summary>
    public static async Task<int> RunAsync(string target, string contentRoot, string[] settings, TextWriter output, TextWriter error, CancellationToken ct)
    {
        if (!File.Exists(target))
        {
            if (!LooksLikeAPath(target) && long.TryParse(target, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var id))
            {
                return await Enforcement.Api.Evidence.Verify.EvidenceCommands.VerifyCaptureAsync(id, contentRoot, settings, output, error, ct);
            }

            await error.WriteLineAsync($"Không tìm thấy tệp {target}");
            return Usage;
        }

        try
        {
            await using var zip = File.OpenRead(target);
            var result = await EvidencePackage.VerifyAsync(zip, ct);
            if (result.Valid)
            {
                await output.WriteLineAsync("Hợp lệ");
                return Valid;
            }

            foreach (var problem in result.Problems)
            {
                await output.WriteLineAsync(problem);
            }

            return Invalid;
        }
        catch (Exception e) when (e is InvalidDataException or IOException or UnauthorizedAccessException)
        {
            await error.WriteLineAsync($"Không đọc được gói {target}: {e.Message}");
            return Usage;
        }
    }

    private static bool LooksLikeAPath(string target) =>
        target.EndsWith(".zip", StringComparison.OrdinalIgnoreCase) || target.Contains('/', StringComparison.Ordinal) || target.Contains('\\', StringComparison.Ordinal);
}
