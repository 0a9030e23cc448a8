namespace LearningSociety.Infrastructure.Setup;

public enum DatabaseProvider
{
    Sqlite,
    SqlServer,
}
