package io.gridflex.adapter.rest.flexmeasures;

import io.gridflex.adapter.rest.error.Api;
import io.gridflex.adapter.rest.auth.ActorTokenValidator;
import io.gridflex.adapter.rest.json.JsonRequest;
import io.gridflex.adapter.rest.json.QueryParameters;
import io.gridflex.application.page.SortDirection;
import io.gridflex.domain.account.Account;
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
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.List;
import java.util.Optional;
import java.util.Set;

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

    /** FlexMeasures' account sort columns that gridflex has (it also sorts by counts of assets and users). */
    private static final Map<String, Comparator<Account>> SORT_COLUMNS = Map.of(
            "id", Comparator.comparingLong(a -> a.id().value()),
            "name", Comparator.comparing(Account::name, String.CASE_INSENSITIVE_ORDER));

    @Get
    public List<AccountJson> list(HttpRequest<?> request, Authentication authentication) {
        QueryParameters query = new QueryParameters(request.getParameters());
        Optional<Comparator<Account>> sortBy = query.text("sort_by").map(column -> {
            Comparator<Account> order = SORT_COLUMNS.get(column);
            if (order == null) {
                query.error("sort_by", "Must be one of: id, name.");
            }
            return order;
        });
        SortDirection direction = query.sortDirection(SortDirection.ASC);
        query.done();
        List<Account> accounts = listAccounts.listAccounts(actor(authentication));
        // as FlexMeasures: sorted only when asked (by sort_by and sort_dir); the accounts one may see are few
        if (sortBy.isPresent() && query.text("sort_dir").isPresent()) {
            Comparator<Account> order = sortBy.get().thenComparingLong(a -> a.id().value());
            accounts = accounts.stream().sorted(direction == SortDirection.DESC ? order.reversed() : order).toList();
        }
        return accounts.stream().map(mapper::toJson).toList();
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

    private static Optional<Set<String>> accountRoles(JsonRequest request) {
        return request.convert("account_roles", request.list("account_roles"), nodes -> {
            Set<String> roles = new LinkedHashSet<>();
            for (JsonNode node : nodes) {
                if (!node.isString() || node.getStringValue().isBlank()) {
                    throw new IllegalArgumentException("Account roles are non-empty names.");
                }
                roles.add(node.getStringValue().strip());
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
