package io.gridflex.adapter.rest.flexmeasures;

import io.gridflex.application.account.port.in.ListedAccount;
import io.gridflex.domain.account.Account;
import io.gridflex.domain.account.AccountRole;
import io.gridflex.domain.account.AccountId;
import io.gridflex.domain.account.Role;
import io.gridflex.domain.account.User;
import io.gridflex.domain.account.UserId;
import io.gridflex.domain.audit.AuditEvent;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;

/** Domain objects to the FlexMeasures API's JSON. */
@Mapper(implementationName = "<CLASS_NAME>ByMapStruct")
public interface FlexMeasuresMapper {

    @Mapping(target = "flexmeasuresRoles", source = "roles")
    UserJson toJson(User user);

    AccountJson toJson(Account account);

    default ListedAccountJson toJson(ListedAccount listed) {
        AccountJson account = toJson(listed.account());
        return new ListedAccountJson(account.id(), account.name(), account.accountRoles(), account.consultancyAccountId(),
                listed.holdings().users(), listed.holdings().assets());
    }

    @Mapping(target = "eventDatetime", source = "at")
    @Mapping(target = "activeUserName", source = "actingUserName")
    @Mapping(target = "activeUserId", source = "actingUserId")
    AuditEventJson toJson(AuditEvent event);

    default long id(UserId id) {
        return id.value();
    }

    default long id(AccountId id) {
        return id.value();
    }

    default Long optionalAccountId(Optional<AccountId> id) {
        return id.map(AccountId::value).orElse(null);
    }

    default Long optionalUserId(Optional<UserId> id) {
        return id.map(UserId::value).orElse(null);
    }

    default String optionalText(Optional<String> text) {
        return text.orElse(null);
    }

    default String email(io.gridflex.domain.account.Email email) {
        return email.value();
    }

    default String zone(ZoneId zone) {
        return zone.getId();
    }

    /** ISO 8601 with offset, as FlexMeasures' marshmallow schemas write datetimes. */
    default String instant(Instant instant) {
        return instant == null ? null : DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(instant.atOffset(ZoneOffset.UTC));
    }

    default String optionalInstant(Optional<Instant> instant) {
        return instant.map(this::instant).orElse(null);
    }

    default List<Integer> roleIds(Set<Role> roles) {
        return roles.stream().map(Role::id).sorted().toList();
    }

    default List<AccountJson.AccountRoleJson> accountRoles(Set<AccountRole> roles) {
        return roles.stream().sorted(Comparator.comparingLong(AccountRole::id))
                .map(r -> new AccountJson.AccountRoleJson(r.id(), r.name())).toList();
    }
}
