using LearningSociety.Domain.Agencies;
using LearningSociety.Domain.Plans;
using LearningSociety.Domain.Reporting;
using LearningSociety.Domain.Units;
using LearningSociety.Infrastructure.Identity;
using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace LearningSociety.Infrastructure.Data;

/// <summary>
/// The one database context. It also keeps the data-protection keys, so that several portal
/// instances (and a recreated container) read each other's cookies and antiforgery tokens.
/// </summary>
public class AppDbContext(DbContextOptions<AppDbContext> options) : IdentityDbContext<AppUser>(options), IDataProtectionKeyContext
{
    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();
    public DbSet<AdministrativeUnit> Units => Set<AdministrativeUnit>();
    public DbSet<UnitSuccession> UnitSuccessions => Set<UnitSuccession>();
    public DbSet<Agency> Agencies => Set<Agency>();
    public DbSet<Plan> Plans => Set<Plan>();
    public DbSet<PlanPhase> PlanPhases => Set<PlanPhase>();
    public DbSet<LegalReference> LegalReferences => Set<LegalReference>();
    public DbSet<PlanItem> PlanItems => Set<PlanItem>();
    public DbSet<TaskAssignment> TaskAssignments => Set<TaskAssignment>();
    public DbSet<Target> Targets => Set<Target>();
    public DbSet<TargetValue> TargetValues => Set<TargetValue>();
    public DbSet<ReportingRule> ReportingRules => Set<ReportingRule>();
    public DbSet<ReportOutlineSection> ReportOutlineSections => Set<ReportOutlineSection>();
    public DbSet<PlanRevision> PlanRevisions => Set<PlanRevision>();
    public DbSet<ReportingPeriod> ReportingPeriods => Set<ReportingPeriod>();
    public DbSet<Report> Reports => Set<Report>();
    public DbSet<ReportTaskEntry> ReportTaskEntries => Set<ReportTaskEntry>();
    public DbSet<ReportTargetValue> ReportTargetValues => Set<ReportTargetValue>();
    public DbSet<ReportNarrative> ReportNarratives => Set<ReportNarrative>();
    public DbSet<ReportAttachment> ReportAttachments => Set<ReportAttachment>();
    public DbSet<ReportEvent> ReportEvents => Set<ReportEvent>();
    public DbSet<Notification> Notifications => Set<Notification>();
    public DbSet<AuditEntry> AuditEntries => Set<AuditEntry>();
    public DbSet<Exports.Jobs.ExportJob> ExportJobs => Set<Exports.Jobs.ExportJob>();
    public DbSet<UnitLists.UnitImportJob> UnitImportJobs => Set<UnitLists.UnitImportJob>();
    public DbSet<ApiTokens.ApiToken> ApiTokens => Set<ApiTokens.ApiToken>();
    public DbSet<Importing.OcrImportJob> OcrImportJobs => Set<Importing.OcrImportJob>();

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.ApplyConfigurationsFromAssembly(typeof(AppDbContext).Assembly);
    }

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        // Enums are stored by name: readable in SQL and stable when members are reordered.
        configurationBuilder.Properties<Enum>().HaveConversion<string>().HaveMaxLength(32);
        configurationBuilder.Properties<decimal>().HavePrecision(18, 4);
        if (Database.IsSqlite())
        {
            // SQLite cannot compare or sort DateTimeOffset text; stored as a sortable number there.
            configurationBuilder.Properties<DateTimeOffset>().HaveConversion<DateTimeOffsetToBinaryConverter>();
        }
    }
}
