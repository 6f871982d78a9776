package io.gridflex.adapter.rest.flexmeasures;

import io.gridflex.adapter.rest.error.Api;
import io.gridflex.adapter.rest.auth.ActorTokenValidator;
import io.gridflex.adapter.rest.json.JsonRequest;
import io.gridflex.adapter.rest.json.QueryParameters;
import io.gridflex.application.account.port.in.GetUserUseCase;
import io.gridflex.application.account.port.in.ListUserAuditLogUseCase;
import io.gridflex.application.account.port.in.ListUsersCommand;
import io.gridflex.application.account.port.in.ListUsersUseCase;
import io.gridflex.application.account.port.in.RegisterUserCommand;
import io.gridflex.application.account.port.in.RegisterUserUseCase;
import io.gridflex.application.account.port.in.ResetPasswordUseCase;
import io.gridflex.application.account.port.in.UpdateUserUseCase;
import io.gridflex.application.account.query.UserQuery;
import io.gridflex.application.audit.query.AuditLogQuery;
import io.gridflex.application.page.Page;
import io.gridflex.application.page.PageRequest;
import io.gridflex.application.page.SearchTerms;
import io.gridflex.application.page.SortDirection;
import io.gridflex.domain.account.AccountId;
import io.gridflex.domain.account.Actor;
import io.gridflex.domain.account.Email;
import io.gridflex.domain.account.Role;
import io.gridflex.domain.account.User;
import io.gridflex.domain.account.UserChanges;
import io.gridflex.domain.account.UserId;
import io.gridflex.domain.audit.AuditedEntity;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Patch;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.json.JsonMapper;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

@Api(Api.Name.FLEXMEASURES)
@Controller("/api/v3_0/users")
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
public class UserController {

    private static final Set<String> PATCHABLE = Set.of("email", "username", "timezone", "active", "flexmeasures_roles");
    private static final Set<String> NOT_PATCHABLE = Set.of("id", "account_id");
    private static final Set<String> CREATABLE =
            Set.of("email", "username", "password", "account_id", "timezone", "active", "flexmeasures_roles");
    private static final Map<String, UserQuery.SortField> USER_SORT = Arrays.stream(UserQuery.SortField.values())
            .collect(Collectors.toMap(UserQuery.SortField::fieldName, Function.identity()));
    static final Map<String, AuditLogQuery.SortField> AUDIT_SORT = Arrays.stream(AuditLogQuery.SortField.values())
            .collect(Collectors.toMap(AuditLogQuery.SortField::fieldName, Function.identity()));

    private final ListUsersUseCase listUsers;
    private final GetUserUseCase getUser;
    private final UpdateUserUseCase updateUser;
    private final ResetPasswordUseCase resetPassword;
    private final RegisterUserUseCase registerUser;
    private final ListUserAuditLogUseCase listAuditLog;
    private final FlexMeasuresMapper mapper;
    private final JsonMapper json;

    public UserController(ListUsersUseCase listUsers, GetUserUseCase getUser, UpdateUserUseCase updateUser,
                          ResetPasswordUseCase resetPassword, RegisterUserUseCase registerUser,
                          ListUserAuditLogUseCase listAuditLog, FlexMeasuresMapper mapper, JsonMapper json) {
        this.listUsers = listUsers;
        this.getUser = getUser;
        this.updateUser = updateUser;
        this.resetPassword = resetPassword;
        this.registerUser = registerUser;
        this.listAuditLog = listAuditLog;
        this.mapper = mapper;
        this.json = json;
    }

    @Get
    public Object list(HttpRequest<?> request, Authentication authentication) {
        QueryParameters query = new QueryParameters(request.getParameters());
        Optional<AccountId> account = query.integer("account_id").filter(id -> validId(query, "account_id", id)).map(AccountId::of);
        boolean includeInactive = query.flag("include_inactive");
        SearchTerms search = SearchTerms.parse(query.text("filter").orElse(null));
        UserQuery.SortField sortBy = query.choice("sort_by", USER_SORT, UserQuery.SortField.ID);
        SortDirection direction = query.sortDirection(SortDirection.ASC);
        Optional<PageRequest> page = query.page();
        query.done();
        Page<User> users = listUsers.listUsers(actor(authentication),
                new ListUsersCommand(new UserQuery(account.map(Set::of), includeInactive, search, sortBy, direction), page));
        return FlexMeasuresListing.of(users.map(mapper::toJson), page);
    }

    @Post
    public HttpResponse<UserJson> create(@Body String body, Authentication authentication) {
        Actor actor = actor(authentication);
        JsonRequest request = JsonRequest.parse(json, body).allowOnly(CREATABLE, Set.of("id"));
        Optional<Email> email = request.convert("email", request.required("email", request::string), Email::of);
        Optional<String> username = request.string("username");
        Optional<String> password = request.string("password"); // FlexMeasures takes none: a random one
        AccountId account = request.convert("account_id", request.integer("account_id"), AccountId::of).orElse(actor.accountId());
        ZoneId timezone = UserFields.timezone(request).orElse(User.DEFAULT_TIMEZONE);
        boolean active = request.bool("active").orElse(true);
        Set<Role> roles = UserFields.roles(request).orElse(Set.of());
        request.done();
        RegisterUserCommand command = new RegisterUserCommand(account, email.orElseThrow(), username.orElse(null),
                password.orElse(null), active, timezone, roles);
        User user = registerUser.registerUser(actor, command);
        return HttpResponse.created(mapper.toJson(user));
    }

    @Get("/{id}")
    public UserJson get(@PathVariable String id, Authentication authentication) {
        return mapper.toJson(getUser.getUser(actor(authentication), userId(id)));
    }

    @Patch("/{id}")
    public UserJson patch(@PathVariable String id, @Body String body, Authentication authentication) {
        UserId userId = userId(id);
        JsonRequest request = JsonRequest.parse(json, body).allowOnly(PATCHABLE, NOT_PATCHABLE);
        Optional<Email> email = request.convert("email", request.string("email"), Email::of);
        Optional<String> username = request.string("username");
        Optional<ZoneId> timezone = UserFields.timezone(request);
        Optional<Boolean> active = request.bool("active");
        Optional<Set<Role>> roles = UserFields.roles(request);
        request.done();
        UserChanges changes = new UserChanges(email, username, timezone, active, roles);
        return mapper.toJson(updateUser.updateUser(actor(authentication), userId, changes));
    }

    @Patch("/{id}/password-reset")
    public Map<String, Object> passwordReset(@PathVariable String id, Authentication authentication) {
        resetPassword.resetPassword(actor(authentication), userId(id));
        return Map.of("status", "PROCESSED",
                "message", "The password has been reset to a random one and every token of this user is invalid now.");
    }

    @Get("/{id}/auditlog")
    public Object auditLog(@PathVariable String id, HttpRequest<?> request, Authentication authentication) {
        UserId userId = userId(id);
        QueryParameters query = new QueryParameters(request.getParameters());
        AuditLogQuery auditQuery = new AuditLogQuery(AuditedEntity.user(userId.value()),
                SearchTerms.parse(query.text("filter").orElse(null)),
                query.choice("sort_by", AUDIT_SORT, AuditLogQuery.SortField.EVENT_DATETIME),
                query.sortDirection(SortDirection.DESC));
        Optional<PageRequest> page = query.page();
        query.done();
        return FlexMeasuresListing.of(
                listAuditLog.listUserAuditLog(actor(authentication), userId, auditQuery, page).map(mapper::toJson), page);
    }

    private static boolean validId(QueryParameters query, String name, long id) {
        if (id < 1) {
            query.error(name, "Must be a positive number.");
            return false;
        }
        return true;
    }

    private static UserId userId(String raw) {
        return UserId.of(PathIds.of(raw, "User"));
    }

    private static Actor actor(Authentication authentication) {
        return ActorTokenValidator.actorOf(authentication);
    }
}
