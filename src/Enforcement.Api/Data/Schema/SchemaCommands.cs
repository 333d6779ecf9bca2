using Microsoft.EntityFrameworkCore;

namespace Enforcement.Api.Data.Schema;

/// <summary>
/// `dotnet run -- schema-script sqlite|postgres` prints the schema the EF model wants, as a starting
/// point for the next versioned script (there is no `dotnet ef` here).
/// </summary>
internal static class SchemaCommands
{
    public static bool TryRun(string[] args)
    {
        if (args is not ["schema-script", var provider]) return false;
        Console.WriteLine(CreateScript(provider));
        return true;
    }

    public static string CreateScript(string provider)
    {
        var options = new DbContextOptionsBuilder<EnforcementDbContext>();
        if (provider == "postgres") options.UseNpgsql("Host=localhost");
        else options.UseSqlite("Data Source=:memory:");
        using var db = new EnforcementDbContext(options.Options);
        return db.Database.GenerateCreateScript();
    }
}
