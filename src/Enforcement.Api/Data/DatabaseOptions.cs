using System.ComponentModel.DataAnnotations;

namespace Enforcement.Api.Data;

internal sealed class DatabaseOptions
{
    public const string Section = "Database";

    /// <summary>"Sqlite" (the embedded default) or "Postgres" (production).</summary>
    [Required, RegularExpression("^(Sqlite|Postgres)$", ErrorMessage = "Database:Provider must be Sqlite or Postgres.")]
    public string Provider { get; set; } = "Sqlite";

    /// <summary>Defaults to a SQLite file in the app's data folder.</summary>
    public string? ConnectionString { get; set; }

    public bool MigrateOnStart { get; set; } = true;

    public bool IsPostgres => Provider == "Postgres";
}
