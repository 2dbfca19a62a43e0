IF OBJECT_ID(N'[__EFMigrationsHistory]') IS NULL
BEGIN
    CREATE TABLE [__EFMigrationsHistory] (
        [MigrationId] nvarchar(150) NOT NULL,
        [ProductVersion] nvarchar(32) NOT NULL,
        CONSTRAINT [PK___EFMigrationsHistory] PRIMARY KEY ([MigrationId])
    );
END;
GO

BEGIN TRANSACTION;
IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261129053457_Initial'
)
BEGIN
    CREATE TABLE [AspNetRoles] (
        [Id] nvarchar(450) NOT NULL,
        [Name] nvarchar(256) NULL,
        [NormalizedName] nvarchar(256) NULL,
        [ConcurrencyStamp] nvarchar(max) NULL,
        CONSTRAINT [PK_AspNetRoles] PRIMARY KEY ([Id])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261129053457_Initial'
)
BEGIN
    CREATE TABLE [AuditLog] (
        [Id] bigint NOT NULL IDENTITY,
        [At] datetime2 NOT NULL,
        [Actor] nvarchar(256) NOT NULL,
        [EntityType] nvarchar(50) NOT NULL,
        [EntityKey] nvarchar(120) NOT NULL,
        [Action] nvarchar(20) NOT NULL,
        [Before] nvarchar(max) NULL,
        [After] nvarchar(max) NULL,
        [Reason] nvarchar(1000) NULL,
        CONSTRAINT [PK_AuditLog] PRIMARY KEY ([Id])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261129053457_Initial'
)
BEGIN
    CREATE TABLE [DataProtectionKeys] (
        [Id] int NOT NULL IDENTITY,
        [FriendlyName] nvarchar(max) NULL,
        [Xml] nvarchar(max) NULL,
        CONSTRAINT [PK_DataProtectionKeys] PRIMARY KEY ([Id])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261129053457_Initial'
)
BEGIN
    CREATE TABLE [Demand] (
        [Id] uniqueidentifier NOT NULL,
        [Day] nvarchar(10) NOT NULL,
        [Date] date NULL,
        [SlotStart] time NOT NULL,
        [Channel] nvarchar(20) NOT NULL,
        [ExpectedContacts] float NOT NULL,
        [RequiredListeners] int NULL,
        CONSTRAINT [PK_Demand] PRIMARY KEY ([Id])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261129053457_Initial'
)
BEGIN
    CREATE TABLE [Rotas] (
        [Id] uniqueidentifier NOT NULL,
        [PeriodStart] date NOT NULL,
        [PeriodEnd] date NOT NULL,
        [Status] nvarchar(20) NOT NULL,
        [Source] nvarchar(50) NOT NULL,
        [SummaryJson] nvarchar(max) NOT NULL,
        [CreatedAt] datetime2 NOT NULL,
        [PublishedAt] datetime2 NULL,
        [PublishedBy] nvarchar(256) NULL,
        [OverrideReason] nvarchar(1000) NULL,
        [Version] uniqueidentifier NOT NULL,
        CONSTRAINT [PK_Rotas] PRIMARY KEY ([Id])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261129053457_Initial'
)
BEGIN
    CREATE TABLE [Staff] (
        [Id] uniqueidentifier NOT NULL,
        [Name] nvarchar(200) NOT NULL,
        [Role] nvarchar(20) NOT NULL,
        [Email] nvarchar(256) NULL,
        [IsActive] bit NOT NULL,
        [IsTrained] bit NOT NULL,
        [QualifiedUntil] date NULL,
        [Version] uniqueidentifier NOT NULL,
        CONSTRAINT [PK_Staff] PRIMARY KEY ([Id])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261129053457_Initial'
)
BEGIN
    CREATE TABLE [AspNetRoleClaims] (
        [Id] int NOT NULL IDENTITY,
        [RoleId] nvarchar(450) NOT NULL,
        [ClaimType] nvarchar(max) NULL,
        [ClaimValue] nvarchar(max) NULL,
        CONSTRAINT [PK_AspNetRoleClaims] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_AspNetRoleClaims_AspNetRoles_RoleId] FOREIGN KEY ([RoleId]) REFERENCES [AspNetRoles] ([Id]) ON DELETE CASCADE
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261129053457_Initial'
)
BEGIN
    CREATE TABLE [Absences] (
        [Id] uniqueidentifier NOT NULL,
        [StaffId] uniqueidentifier NOT NULL,
        [From] date NOT NULL,
        [To] date NOT NULL,
        [Kind] nvarchar(20) NOT NULL,
        [Note] nvarchar(500) NULL,
        CONSTRAINT [PK_Absences] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_Absences_Staff_StaffId] FOREIGN KEY ([StaffId]) REFERENCES [Staff] ([Id]) ON DELETE CASCADE
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261129053457_Initial'
)
BEGIN
    CREATE TABLE [AspNetUsers] (
        [Id] nvarchar(450) NOT NULL,
        [StaffId] uniqueidentifier NULL,
        [CalendarToken] nvarchar(64) NULL,
        [UserName] nvarchar(256) NULL,
        [NormalizedUserName] nvarchar(256) NULL,
        [Email] nvarchar(256) NULL,
        [NormalizedEmail] nvarchar(256) NULL,
        [EmailConfirmed] bit NOT NULL,
        [PasswordHash] nvarchar(max) NULL,
        [SecurityStamp] nvarchar(max) NULL,
        [ConcurrencyStamp] nvarchar(max) NULL,
        [PhoneNumber] nvarchar(max) NULL,
        [PhoneNumberConfirmed] bit NOT NULL,
        [TwoFactorEnabled] bit NOT NULL,
        [LockoutEnd] datetimeoffset NULL,
        [LockoutEnabled] bit NOT NULL,
        [AccessFailedCount] int NOT NULL,
        CONSTRAINT [PK_AspNetUsers] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_AspNetUsers_Staff_StaffId] FOREIGN KEY ([StaffId]) REFERENCES [Staff] ([Id]) ON DELETE NO ACTION
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261129053457_Initial'
)
BEGIN
    CREATE TABLE [Assignments] (
        [Id] uniqueidentifier NOT NULL,
        [RotaId] uniqueidentifier NOT NULL,
        [StaffId] uniqueidentifier NOT NULL,
        [Date] date NOT NULL,
        [Start] time NOT NULL,
        [End] time NOT NULL,
        [BreakStart] time NULL,
        [BreakEnd] time NULL,
        [Channel] nvarchar(20) NOT NULL,
        CONSTRAINT [PK_Assignments] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_Assignments_Rotas_RotaId] FOREIGN KEY ([RotaId]) REFERENCES [Rotas] ([Id]) ON DELETE CASCADE,
        CONSTRAINT [FK_Assignments_Staff_StaffId] FOREIGN KEY ([StaffId]) REFERENCES [Staff] ([Id]) ON DELETE NO ACTION
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261129053457_Initial'
)
BEGIN
    CREATE TABLE [Contracts] (
        [Id] uniqueidentifier NOT NULL,
        [StaffId] uniqueidentifier NOT NULL,
        [ValidFrom] date NOT NULL,
        [ValidTo] date NULL,
        [WeeklyMinutes] int NOT NULL,
        [ExtraMinutesAllowed] int NOT NULL,
        CONSTRAINT [PK_Contracts] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_Contracts_Staff_StaffId] FOREIGN KEY ([StaffId]) REFERENCES [Staff] ([Id]) ON DELETE CASCADE
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261129053457_Initial'
)
BEGIN
    CREATE TABLE [Preferences] (
        [Id] uniqueidentifier NOT NULL,
        [StaffId] uniqueidentifier NOT NULL,
        [Kind] nvarchar(20) NOT NULL,
        [Date] date NULL,
        [Day] nvarchar(10) NULL,
        [Weight] int NOT NULL,
        CONSTRAINT [PK_Preferences] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_Preferences_Staff_StaffId] FOREIGN KEY ([StaffId]) REFERENCES [Staff] ([Id]) ON DELETE CASCADE
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261129053457_Initial'
)
BEGIN
    CREATE TABLE [Skills] (
        [StaffId] uniqueidentifier NOT NULL,
        [Channel] nvarchar(20) NOT NULL,
        CONSTRAINT [PK_Skills] PRIMARY KEY ([StaffId], [Channel]),
        CONSTRAINT [FK_Skills_Staff_StaffId] FOREIGN KEY ([StaffId]) REFERENCES [Staff] ([Id]) ON DELETE CASCADE
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261129053457_Initial'
)
BEGIN
    CREATE TABLE [SwapRequests] (
        [Id] uniqueidentifier NOT NULL,
        [StaffId] uniqueidentifier NOT NULL,
        [AssignmentId] uniqueidentifier NOT NULL,
        [OtherAssignmentId] uniqueidentifier NOT NULL,
        [Comment] nvarchar(500) NULL,
        [Status] nvarchar(20) NOT NULL,
        [CreatedAt] datetime2 NOT NULL,
        [DecidedAt] datetime2 NULL,
        [DecidedBy] nvarchar(256) NULL,
        [Answer] nvarchar(500) NULL,
        CONSTRAINT [PK_SwapRequests] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_SwapRequests_Staff_StaffId] FOREIGN KEY ([StaffId]) REFERENCES [Staff] ([Id]) ON DELETE NO ACTION
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261129053457_Initial'
)
BEGIN
    CREATE TABLE [TimeOffRequests] (
        [Id] uniqueidentifier NOT NULL,
        [StaffId] uniqueidentifier NOT NULL,
        [From] date NOT NULL,
        [To] date NOT NULL,
        [Kind] nvarchar(20) NOT NULL,
        [Comment] nvarchar(500) NULL,
        [Status] nvarchar(20) NOT NULL,
        [CreatedAt] datetime2 NOT NULL,
        [DecidedAt] datetime2 NULL,
        [DecidedBy] nvarchar(256) NULL,
        [Answer] nvarchar(500) NULL,
        CONSTRAINT [PK_TimeOffRequests] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_TimeOffRequests_Staff_StaffId] FOREIGN KEY ([StaffId]) REFERENCES [Staff] ([Id]) ON DELETE NO ACTION
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261129053457_Initial'
)
BEGIN
    CREATE TABLE [AspNetUserClaims] (
        [Id] int NOT NULL IDENTITY,
        [UserId] nvarchar(450) NOT NULL,
        [ClaimType] nvarchar(max) NULL,
        [ClaimValue] nvarchar(max) NULL,
        CONSTRAINT [PK_AspNetUserClaims] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_AspNetUserClaims_AspNetUsers_UserId] FOREIGN KEY ([UserId]) REFERENCES [AspNetUsers] ([Id]) ON DELETE CASCADE
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261129053457_Initial'
)
BEGIN
    CREATE TABLE [AspNetUserLogins] (
        [LoginProvider] nvarchar(450) NOT NULL,
        [ProviderKey] nvarchar(450) NOT NULL,
        [ProviderDisplayName] nvarchar(max) NULL,
        [UserId] nvarchar(450) NOT NULL,
        CONSTRAINT [PK_AspNetUserLogins] PRIMARY KEY ([LoginProvider], [ProviderKey]),
        CONSTRAINT [FK_AspNetUserLogins_AspNetUsers_UserId] FOREIGN KEY ([UserId]) REFERENCES [AspNetUsers] ([Id]) ON DELETE CASCADE
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261129053457_Initial'
)
BEGIN
    CREATE TABLE [AspNetUserRoles] (
        [UserId] nvarchar(450) NOT NULL,
        [RoleId] nvarchar(450) NOT NULL,
        CONSTRAINT [PK_AspNetUserRoles] PRIMARY KEY ([UserId], [RoleId]),
        CONSTRAINT [FK_AspNetUserRoles_AspNetRoles_RoleId] FOREIGN KEY ([RoleId]) REFERENCES [AspNetRoles] ([Id]) ON DELETE CASCADE,
        CONSTRAINT [FK_AspNetUserRoles_AspNetUsers_UserId] FOREIGN KEY ([UserId]) REFERENCES [AspNetUsers] ([Id]) ON DELETE CASCADE
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261129053457_Initial'
)
BEGIN
    CREATE TABLE [AspNetUserTokens] (
        [UserId] nvarchar(450) NOT NULL,
        [LoginProvider] nvarchar(450) NOT NULL,
        [Name] nvarchar(450) NOT NULL,
        [Value] nvarchar(max) NULL,
        CONSTRAINT [PK_AspNetUserTokens] PRIMARY KEY ([UserId], [LoginProvider], [Name]),
        CONSTRAINT [FK_AspNetUserTokens_AspNetUsers_UserId] FOREIGN KEY ([UserId]) REFERENCES [AspNetUsers] ([Id]) ON DELETE CASCADE
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261129053457_Initial'
)
BEGIN
    CREATE INDEX [IX_Absences_StaffId_From] ON [Absences] ([StaffId], [From]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261129053457_Initial'
)
BEGIN
    CREATE INDEX [IX_AspNetRoleClaims_RoleId] ON [AspNetRoleClaims] ([RoleId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261129053457_Initial'
)
BEGIN
    EXEC(N'CREATE UNIQUE INDEX [RoleNameIndex] ON [AspNetRoles] ([NormalizedName]) WHERE [NormalizedName] IS NOT NULL');
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261129053457_Initial'
)
BEGIN
    CREATE INDEX [IX_AspNetUserClaims_UserId] ON [AspNetUserClaims] ([UserId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261129053457_Initial'
)
BEGIN
    CREATE INDEX [IX_AspNetUserLogins_UserId] ON [AspNetUserLogins] ([UserId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261129053457_Initial'
)
BEGIN
    CREATE INDEX [IX_AspNetUserRoles_RoleId] ON [AspNetUserRoles] ([RoleId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261129053457_Initial'
)
BEGIN
    CREATE INDEX [EmailIndex] ON [AspNetUsers] ([NormalizedEmail]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261129053457_Initial'
)
BEGIN
    EXEC(N'CREATE UNIQUE INDEX [IX_AspNetUsers_CalendarToken] ON [AspNetUsers] ([CalendarToken]) WHERE [CalendarToken] IS NOT NULL');
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261129053457_Initial'
)
BEGIN
    CREATE INDEX [IX_AspNetUsers_StaffId] ON [AspNetUsers] ([StaffId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261129053457_Initial'
)
BEGIN
    EXEC(N'CREATE UNIQUE INDEX [UserNameIndex] ON [AspNetUsers] ([NormalizedUserName]) WHERE [NormalizedUserName] IS NOT NULL');
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261129053457_Initial'
)
BEGIN
    CREATE INDEX [IX_Assignments_RotaId_Date] ON [Assignments] ([RotaId], [Date]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261129053457_Initial'
)
BEGIN
    CREATE INDEX [IX_Assignments_StaffId_Date] ON [Assignments] ([StaffId], [Date]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261129053457_Initial'
)
BEGIN
    CREATE INDEX [IX_AuditLog_At] ON [AuditLog] ([At]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261129053457_Initial'
)
BEGIN
    CREATE INDEX [IX_AuditLog_EntityType_EntityKey] ON [AuditLog] ([EntityType], [EntityKey]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261129053457_Initial'
)
BEGIN
    CREATE INDEX [IX_Contracts_StaffId_ValidFrom] ON [Contracts] ([StaffId], [ValidFrom]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261129053457_Initial'
)
BEGIN
    CREATE INDEX [IX_Demand_Channel_Day_SlotStart] ON [Demand] ([Channel], [Day], [SlotStart]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261129053457_Initial'
)
BEGIN
    CREATE INDEX [IX_Preferences_StaffId] ON [Preferences] ([StaffId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261129053457_Initial'
)
BEGIN
    CREATE INDEX [IX_Rotas_PeriodStart_Status] ON [Rotas] ([PeriodStart], [Status]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261129053457_Initial'
)
BEGIN
    CREATE INDEX [IX_SwapRequests_StaffId] ON [SwapRequests] ([StaffId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261129053457_Initial'
)
BEGIN
    CREATE INDEX [IX_SwapRequests_Status_CreatedAt] ON [SwapRequests] ([Status], [CreatedAt]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261129053457_Initial'
)
BEGIN
    CREATE INDEX [IX_TimeOffRequests_StaffId] ON [TimeOffRequests] ([StaffId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261129053457_Initial'
)
BEGIN
    CREATE INDEX [IX_TimeOffRequests_Status_CreatedAt] ON [TimeOffRequests] ([Status], [CreatedAt]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261129053457_Initial'
)
BEGIN
    INSERT INTO [__EFMigrationsHistory] ([MigrationId], [ProductVersion])
    VALUES (N'20261129053457_Initial', N'10.0.15');
END;

COMMIT;
GO

BEGIN TRANSACTION;
IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261129054824_Quality'
)
BEGIN
    CREATE TABLE [Alerts] (
        [Id] uniqueidentifier NOT NULL,
        [Key] nvarchar(200) NOT NULL,
        [Kind] nvarchar(40) NOT NULL,
        [RaisedAt] datetime2 NOT NULL,
        [Date] date NOT NULL,
        [Details] nvarchar(1000) NOT NULL,
        [Channel] nvarchar(10) NULL,
        [StaffId] nvarchar(64) NULL,
        [AcknowledgedBy] nvarchar(256) NULL,
        [AcknowledgedAt] datetime2 NULL,
        CONSTRAINT [PK_Alerts] PRIMARY KEY ([Id])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261129054824_Quality'
)
BEGIN
    CREATE TABLE [CallRecords] (
        [Id] bigint NOT NULL IDENTITY,
        [CallId] nvarchar(64) NOT NULL,
        [Channel] nvarchar(10) NOT NULL,
        [OfferedAt] datetime2 NOT NULL,
        [AnsweredAt] datetime2 NULL,
        [EndedAt] datetime2 NOT NULL,
        [ListenerId] nvarchar(64) NULL,
        CONSTRAINT [PK_CallRecords] PRIMARY KEY ([Id])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261129054824_Quality'
)
BEGIN
    CREATE TABLE [JobWatermarks] (
        [Job] nvarchar(60) NOT NULL,
        [ProcessedUntil] datetime2 NOT NULL,
        CONSTRAINT [PK_JobWatermarks] PRIMARY KEY ([Job])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261129054824_Quality'
)
BEGIN
    CREATE TABLE [SlaIntervals] (
        [Channel] nvarchar(10) NOT NULL,
        [Start] datetime2 NOT NULL,
        [Date] date NOT NULL,
        [LocalStart] time NOT NULL,
        [Offered] int NOT NULL,
        [Answered] int NOT NULL,
        [AnsweredWithinTarget] int NOT NULL,
        [Abandoned] int NOT NULL,
        [ShortAbandoned] int NOT NULL,
        [ExcludedShortAbandoned] int NOT NULL,
        [WaitSeconds] float NOT NULL,
        [HandlingSeconds] float NOT NULL,
        [HandledSecondsInInterval] float NOT NULL,
        [OnDutyListenerSeconds] float NOT NULL,
        CONSTRAINT [PK_SlaIntervals] PRIMARY KEY ([Start], [Channel])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261129054824_Quality'
)
BEGIN
    CREATE TABLE [SlaReports] (
        [Channel] nvarchar(10) NOT NULL,
        [Kind] nvarchar(10) NOT NULL,
        [Start] date NOT NULL,
        [ComputedAt] datetime2 NOT NULL,
        [Offered] int NOT NULL,
        [Answered] int NOT NULL,
        [AnsweredWithinTarget] int NOT NULL,
        [Abandoned] int NOT NULL,
        [ShortAbandoned] int NOT NULL,
        [ExcludedShortAbandoned] int NOT NULL,
        [WaitSeconds] float NOT NULL,
        [HandlingSeconds] float NOT NULL,
        [HandledSecondsInInterval] float NOT NULL,
        [OnDutyListenerSeconds] float NOT NULL,
        CONSTRAINT [PK_SlaReports] PRIMARY KEY ([Kind], [Start], [Channel])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261129054824_Quality'
)
BEGIN
    CREATE TABLE [TrainingModules] (
        [Id] nvarchar(40) NOT NULL,
        [Name] nvarchar(200) NOT NULL,
        [Kind] nvarchar(20) NOT NULL,
        [DurationDays] int NOT NULL,
        [ValidityMonths] int NULL,
        CONSTRAINT [PK_TrainingModules] PRIMARY KEY ([Id])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261129054824_Quality'
)
BEGIN
    CREATE TABLE [TrainingCompletions] (
        [Id] uniqueidentifier NOT NULL,
        [StaffId] uniqueidentifier NOT NULL,
        [ModuleId] nvarchar(40) NOT NULL,
        [CompletedOn] date NOT NULL,
        CONSTRAINT [PK_TrainingCompletions] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_TrainingCompletions_Staff_StaffId] FOREIGN KEY ([StaffId]) REFERENCES [Staff] ([Id]) ON DELETE NO ACTION,
        CONSTRAINT [FK_TrainingCompletions_TrainingModules_ModuleId] FOREIGN KEY ([ModuleId]) REFERENCES [TrainingModules] ([Id]) ON DELETE NO ACTION
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261129054824_Quality'
)
BEGIN
    CREATE UNIQUE INDEX [IX_Alerts_Key] ON [Alerts] ([Key]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261129054824_Quality'
)
BEGIN
    CREATE INDEX [IX_Alerts_RaisedAt] ON [Alerts] ([RaisedAt]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261129054824_Quality'
)
BEGIN
    CREATE UNIQUE INDEX [IX_CallRecords_CallId] ON [CallRecords] ([CallId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261129054824_Quality'
)
BEGIN
    CREATE INDEX [IX_CallRecords_OfferedAt] ON [CallRecords] ([OfferedAt]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261129054824_Quality'
)
BEGIN
    CREATE INDEX [IX_SlaIntervals_Channel_Date] ON [SlaIntervals] ([Channel], [Date]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261129054824_Quality'
)
BEGIN
    CREATE INDEX [IX_TrainingCompletions_ModuleId] ON [TrainingCompletions] ([ModuleId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261129054824_Quality'
)
BEGIN
    CREATE UNIQUE INDEX [IX_TrainingCompletions_StaffId_ModuleId_CompletedOn] ON [TrainingCompletions] ([StaffId], [ModuleId], [CompletedOn]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261129054824_Quality'
)
BEGIN
    INSERT INTO [__EFMigrationsHistory] ([MigrationId], [ProductVersion])
    VALUES (N'20261129054824_Quality', N'10.0.15');
END;

COMMIT;
GO

BEGIN TRANSACTION;
IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261129054900_Solves'
)
BEGIN
    CREATE TABLE [SolveRuns] (
        [Id] uniqueidentifier NOT NULL,
        [PeriodStart] date NOT NULL,
        [Weeks] int NOT NULL,
        [TimeLimitSeconds] int NOT NULL,
        [Seed] int NOT NULL,
        [Workers] int NOT NULL,
        [ReferenceRotaId] uniqueidentifier NULL,
        [PinUnchanged] bit NOT NULL,
        [Status] nvarchar(20) NOT NULL,
        [RequestedBy] nvarchar(256) NOT NULL,
        [CreatedAt] datetime2 NOT NULL,
        [StartedAt] datetime2 NULL,
        [FinishedAt] datetime2 NULL,
        [UpdatedAt] datetime2 NOT NULL,
        [BestObjective] float NULL,
        [BestBound] float NULL,
        [Gap] float NULL,
        [ElapsedSeconds] float NULL,
        [CancelRequested] bit NOT NULL,
        [FireInstanceId] nvarchar(200) NULL,
        [Attempts] int NOT NULL,
        [RotaId] uniqueidentifier NULL,
        [ChangesJson] nvarchar(max) NULL,
        [Error] nvarchar(4000) NULL,
        CONSTRAINT [PK_SolveRuns] PRIMARY KEY ([Id])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261129054900_Solves'
)
BEGIN
    CREATE INDEX [IX_SolveRuns_CreatedAt] ON [SolveRuns] ([CreatedAt]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261129054900_Solves'
)
BEGIN
    INSERT INTO [__EFMigrationsHistory] ([MigrationId], [ProductVersion])
    VALUES (N'20261129054900_Solves', N'10.0.15');
END;

COMMIT;
GO

BEGIN TRANSACTION;
IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130222854_AlertsInEnglish'
)
BEGIN
    ALTER TABLE [Alerts] ADD [DetailsEnglish] nvarchar(1000) NULL;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130222854_AlertsInEnglish'
)
BEGIN
    INSERT INTO [__EFMigrationsHistory] ([MigrationId], [ProductVersion])
    VALUES (N'20261130222854_AlertsInEnglish', N'10.0.15');
END;

COMMIT;
GO

BEGIN TRANSACTION;
IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261201005150_MailOutbox'
)
BEGIN
    CREATE TABLE [OutboxMessages] (
        [Id] uniqueidentifier NOT NULL,
        [To] nvarchar(256) NOT NULL,
        [Subject] nvarchar(300) NOT NULL,
        [Body] nvarchar(max) NOT NULL,
        [Kind] nvarchar(20) NOT NULL,
        [CreatedAt] datetime2 NOT NULL,
        [Attempts] int NOT NULL,
        [NextAttemptAt] datetime2 NOT NULL,
        [SentAt] datetime2 NULL,
        [LastError] nvarchar(1000) NULL,
        [GaveUp] bit NOT NULL,
        CONSTRAINT [PK_OutboxMessages] PRIMARY KEY ([Id])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261201005150_MailOutbox'
)
BEGIN
    CREATE INDEX [IX_OutboxMessages_SentAt_GaveUp_NextAttemptAt] ON [OutboxMessages] ([SentAt], [GaveUp], [NextAttemptAt]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261201005150_MailOutbox'
)
BEGIN
    INSERT INTO [__EFMigrationsHistory] ([MigrationId], [ProductVersion])
    VALUES (N'20261201005150_MailOutbox', N'10.0.15');
END;

COMMIT;
GO

BEGIN TRANSACTION;
IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261201032248_MailChoices'
)
BEGIN
    ALTER TABLE [AspNetUsers] ADD [AlertMailOff] bit NOT NULL DEFAULT CAST(0 AS bit);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261201032248_MailChoices'
)
BEGIN
    ALTER TABLE [AspNetUsers] ADD [WeeklyReportMailOff] bit NOT NULL DEFAULT CAST(0 AS bit);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261201032248_MailChoices'
)
BEGIN
    INSERT INTO [__EFMigrationsHistory] ([MigrationId], [ProductVersion])
    VALUES (N'20261201032248_MailChoices', N'10.0.15');
END;

COMMIT;
GO

BEGIN TRANSACTION;
IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261201033439_DemandChanges'
)
BEGIN
    CREATE TABLE [DemandChanges] (
        [Id] uniqueidentifier NOT NULL,
        [ChangedAt] datetime2 NOT NULL,
        [Origin] nvarchar(20) NOT NULL,
        [ChangedBy] nvarchar(256) NULL,
        [WeeksUsed] nvarchar(200) NOT NULL,
        [Calls] int NOT NULL,
        CONSTRAINT [PK_DemandChanges] PRIMARY KEY ([Id])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261201033439_DemandChanges'
)
BEGIN
    CREATE INDEX [IX_DemandChanges_ChangedAt] ON [DemandChanges] ([ChangedAt]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261201033439_DemandChanges'
)
BEGIN
    INSERT INTO [__EFMigrationsHistory] ([MigrationId], [ProductVersion])
    VALUES (N'20261201033439_DemandChanges', N'10.0.15');
END;

COMMIT;
GO

BEGIN TRANSACTION;
IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261201035901_RequestMail'
)
BEGIN
    ALTER TABLE [AspNetUsers] ADD [RequestMailOff] bit NOT NULL DEFAULT CAST(0 AS bit);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261201035901_RequestMail'
)
BEGIN
    INSERT INTO [__EFMigrationsHistory] ([MigrationId], [ProductVersion])
    VALUES (N'20261201035901_RequestMail', N'10.0.15');
END;

COMMIT;
GO

BEGIN TRANSACTION;
IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261201053058_TimeOffAbsence'
)
BEGIN
    ALTER TABLE [TimeOffRequests] ADD [AbsenceId] uniqueidentifier NULL;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261201053058_TimeOffAbsence'
)
BEGIN
    CREATE INDEX [IX_TimeOffRequests_AbsenceId] ON [TimeOffRequests] ([AbsenceId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261201053058_TimeOffAbsence'
)
BEGIN
    UPDATE [TimeOffRequests] SET [AbsenceId] = (SELECT TOP 1 a.[Id] FROM [Absences] AS a WHERE a.[StaffId] = [TimeOffRequests].[StaffId] AND a.[From] = [TimeOffRequests].[From] AND a.[To] = [TimeOffRequests].[To] AND a.[Kind] = [TimeOffRequests].[Kind] ORDER BY a.[Id]) WHERE [Status] = 'Approved'
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261201053058_TimeOffAbsence'
)
BEGIN
    INSERT INTO [__EFMigrationsHistory] ([MigrationId], [ProductVersion])
    VALUES (N'20261201053058_TimeOffAbsence', N'10.0.15');
END;

COMMIT;
GO

BEGIN TRANSACTION;
IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261201093256_CoverOffers'
)
BEGIN
    CREATE TABLE [CoverOffers] (
        [Id] uniqueidentifier NOT NULL,
        [AssignmentId] uniqueidentifier NOT NULL,
        [Note] nvarchar(500) NULL,
        [Status] nvarchar(20) NOT NULL,
        [CreatedAt] datetime2 NOT NULL,
        [CreatedBy] nvarchar(256) NOT NULL,
        [ClosedAt] datetime2 NULL,
        CONSTRAINT [PK_CoverOffers] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_CoverOffers_Assignments_AssignmentId] FOREIGN KEY ([AssignmentId]) REFERENCES [Assignments] ([Id]) ON DELETE CASCADE
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261201093256_CoverOffers'
)
BEGIN
    CREATE TABLE [CoverVolunteers] (
        [Id] uniqueidentifier NOT NULL,
        [OfferId] uniqueidentifier NOT NULL,
        [StaffId] uniqueidentifier NOT NULL,
        [At] datetime2 NOT NULL,
        CONSTRAINT [PK_CoverVolunteers] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_CoverVolunteers_CoverOffers_OfferId] FOREIGN KEY ([OfferId]) REFERENCES [CoverOffers] ([Id]) ON DELETE CASCADE,
        CONSTRAINT [FK_CoverVolunteers_Staff_StaffId] FOREIGN KEY ([StaffId]) REFERENCES [Staff] ([Id]) ON DELETE NO ACTION
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261201093256_CoverOffers'
)
BEGIN
    CREATE INDEX [IX_CoverOffers_AssignmentId] ON [CoverOffers] ([AssignmentId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261201093256_CoverOffers'
)
BEGIN
    CREATE INDEX [IX_CoverOffers_Status_AssignmentId] ON [CoverOffers] ([Status], [AssignmentId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261201093256_CoverOffers'
)
BEGIN
    CREATE UNIQUE INDEX [IX_CoverVolunteers_OfferId_StaffId] ON [CoverVolunteers] ([OfferId], [StaffId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261201093256_CoverOffers'
)
BEGIN
    CREATE INDEX [IX_CoverVolunteers_StaffId] ON [CoverVolunteers] ([StaffId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261201093256_CoverOffers'
)
BEGIN
    INSERT INTO [__EFMigrationsHistory] ([MigrationId], [ProductVersion])
    VALUES (N'20261201093256_CoverOffers', N'10.0.15');
END;

COMMIT;
GO

BEGIN TRANSACTION;
IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202013249_SolveExplanation'
)
BEGIN
    ALTER TABLE [SolveRuns] ADD [ExplanationJson] nvarchar(max) NULL;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202013249_SolveExplanation'
)
BEGIN
    INSERT INTO [__EFMigrationsHistory] ([MigrationId], [ProductVersion])
    VALUES (N'20261202013249_SolveExplanation', N'10.0.15');
END;

COMMIT;
GO

