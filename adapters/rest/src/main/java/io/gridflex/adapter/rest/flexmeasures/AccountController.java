package io.gridflex.adapter.rest.flexmeasures;

import io.gridflex.adapter.rest.error.Api;
import io.gridflex.adapter.rest.auth.ActorTokenValidator;
import io.gridflex.adapter.rest.json.JsonRequest;
import io.gridflex.adapter.rest.json.QueryParameters;
import io.gridflex.application.account.port.in.ListedAccount;
import io.gridflex.application.account.query.AccountQuery;
import io.gridflex.application.page.Page;
import io.gridflex.application.page.PageRequest;
import io.gridflex.application.page.SearchTerms;
import io.gridflex.application.page.SortDirection;
import io.micronaut.http.HttpRequest;
import io.gridflex.application.account.port.in.AccountChanges;
import io.gridflex.application.account.port.in.GetAccountUseCase;
import io.gridflex.application.account.port.in.ListAccountAuditLogUseCase;
import io.gridflex.application.account.port.in.ListAccountsUseCase;
import io.gridflex.application.account.port.in.RegisterAccountUseCase;
import io.gridflex.application.account.port.in.UpdateAccountUseCase;
import io.gridflex.domain.account.AccountId;
import io.gridflex.domain.account.Actor;
import io.gridflex.domain.account.NewAccount;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Patch;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.json.JsonMapper;
import io.micronaut.json.tree.JsonNode;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

@Api(Api.Name.FLEXMEASURES)
@Controller("/api/v3_0/accounts")
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
public class AccountController {

    private static final Set<String> FIELDS = Set.of("name", "consultancy_account_id", "account_roles");

    private final ListAccountsUseCase listAccounts;
    private final GetAccountUseCase getAccount;
    private final RegisterAccountUseCase registerAccount;
    private final UpdateAccountUseCase updateAccount;
    private final ListAccountAuditLogUseCase listAuditLog;
    private final FlexMeasuresMapper mapper;
    private final JsonMapper json;

    public AccountController(ListAccountsUseCase listAccounts, GetAccountUseCase getAccount,
                             RegisterAccountUseCase registerAccount, UpdateAccountUseCase updateAccount,
                             ListAccountAuditLogUseCase listAuditLog, FlexMeasuresMapper mapper, JsonMapper json) {
        this.listAuditLog = listAuditLog;
        this.listAccounts = listAccounts;
        this.getAccount = getAccount;
        this.registerAccount = registerAccount;
        this.updateAccount = updateAccount;
        this.mapper = mapper;
        this.json = json;
    }

    private static final Map<String, AccountQuery.SortField> SORT_COLUMNS = Arrays.stream(AccountQuery.SortField.values())
            .collect(Collectors.toMap(AccountQuery.SortField::fieldName, Function.identity(), (a, b) -> a, LinkedHashMap::new));

    /**
     * FlexMeasures' AccountAPI.index: sorted only when both {@code sort_by} and {@code sort_dir} are given; without
     * {@code page} a list of accounts, with it a page of them, each with {@code user_count} and {@code asset_count}.
     */
    @Get
    public Object list(HttpRequest<?> request, Authentication authentication) {
        QueryParameters query = new QueryParameters(request.getParameters());
        SearchTerms search = SearchTerms.parse(query.text("filter").orElse(null));
        AccountQuery.SortField sortBy = query.choice("sort_by", SORT_COLUMNS, null);
        SortDirection direction = query.sortDirection(SortDirection.ASC);
        Optional<PageRequest> page = query.page();
        query.done();
        Optional<AccountQuery.SortField> order = query.text("sort_dir").isPresent() ? Optional.ofNullable(sortBy) : Optional.empty();
        Page<ListedAccount> accounts = listAccounts.listAccounts(actor(authentication), new AccountQuery(search, order, direction), page);
        if (page.isEmpty()) {
            return accounts.items().stream().map(listed -> mapper.toJson(listed.account())).toList();
        }
        return FlexMeasuresListing.of(accounts.map(mapper::toJson), page);
    }

    @Post
    public HttpResponse<AccountJson> create(@Body String body, Authentication authentication) {
        JsonRequest request = JsonRequest.parse(json, body).allowOnly(FIELDS, Set.of("id"));
        Optional<String> name = request.required("name", request::string);
        Optional<Optional<AccountId>> consultancy = consultancy(request);
        Optional<Set<String>> roles = accountRoles(request);
        request.done();
        NewAccount draft = new NewAccount(name.orElseThrow(), consultancy.orElse(Optional.empty()), roles.orElse(Set.of()));
        return HttpResponse.created(mapper.toJson(registerAccount.registerAccount(actor(authentication), draft)));
    }

    @Get("/{id}")
    public AccountJson get(@PathVariable String id, Authentication authentication) {
        return mapper.toJson(getAccount.getAccount(actor(authentication), accountId(id)));
    }

    @Patch("/{id}")
    public AccountJson patch(@PathVariable String id, @Body String body, Authentication authentication) {
        AccountId accountId = accountId(id);
        JsonRequest request = JsonRequest.parse(json, body).allowOnly(FIELDS, Set.of("id"));
        Optional<String> name = request.string("name");
        Optional<Optional<AccountId>> consultancy = consultancy(request);
        Optional<Set<String>> roles = accountRoles(request);
        request.done();
        return mapper.toJson(updateAccount.updateAccount(actor(authentication), accountId,
                new AccountChanges(name, consultancy, roles)));
    }

    /** FlexMeasures' account audit log: event, event_datetime and active_user_id of each event, newest first. */
    @Get("/{id}/auditlog")
    public List<Map<String, Object>> auditLog(@PathVariable String id, Authentication authentication) {
        return listAuditLog.listAccountAuditLog(actor(authentication), accountId(id)).stream().map(event -> {
            AuditEventJson json = mapper.toJson(event);
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("event", json.event());
            entry.put("event_datetime", json.eventDatetime());
            entry.put("active_user_id", json.activeUserId());
            return entry;
        }).toList();
    }

    private static Optional<Optional<AccountId>> consultancy(JsonRequest request) {
        return request.convert("consultancy_account_id", request.nullableInteger("consultancy_account_id"),
                id -> id.map(AccountId::of));
    }

    /** Roles by name: names, or FlexMeasures' AccountRoleSchema objects {@code {"name": …}}. */
    private static Optional<Set<String>> accountRoles(JsonRequest request) {
        return request.convert("account_roles", request.list("account_roles"), nodes -> {
            Set<String> roles = new LinkedHashSet<>();
            for (JsonNode node : nodes) {
                JsonNode name = node.isObject() && node.size() == 1 ? node.get("name") : node;
                if (name == null || !name.isString() || name.getStringValue().isBlank()) {
                    throw new IllegalArgumentException("Account roles are non-empty names, or objects with just a \"name\".");
                }
                roles.add(name.getStringValue().strip());
            }
            return roles;
        });
    }

    private static AccountId accountId(String raw) {
        return AccountId.of(PathIds.of(raw, "Account"));
    }

    private static Actor actor(Authentication authentication) {
        return ActorTokenValidator.actorOf(authentication);
    }
}
