using LearningSociety.Infrastructure.Importing;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace LearningSociety.Infrastructure.Data.Configurations;

public class OcrImportJobConfiguration : IEntityTypeConfiguration<OcrImportJob>
{
    public void Configure(EntityTypeBuilder<OcrImportJob> builder)
    {
        builder.Property(j => j.UserId).HasMaxLength(450);
        builder.Property(j => j.FileName).HasMaxLength(260);
        builder.Property(j => j.Error).HasMaxLength(2000);
        builder.Property(j => j.Worker).HasMaxLength(200);
        builder.HasIndex(j => new { j.State, j.Id });
    }
}
