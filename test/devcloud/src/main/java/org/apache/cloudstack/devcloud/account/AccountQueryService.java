// Licensed to the Apache Software Foundation (ASF) under one
// or more contributor license agreements. See the NOTICE file
// distributed with this work for additional information
// regarding copyright ownership. The ASF licenses this file
// to you under the Apache License, Version 2.0 (the
// "License"); you may not use this file except in compliance
// with the License. You may obtain a copy of the License at
//
//   http://www.apache.org/licenses/LICENSE-2.0
//
// Unless required by applicable law or agreed to in writing,
// software distributed under the License is distributed on an
// "AS IS" BASIS, WITHOUT WARRANTIES OR CONDITIONS OF ANY
// KIND, either express or implied. See the License for the
// specific language governing permissions and limitations
// under the License.
package org.apache.cloudstack.devcloud.account;

import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import javax.inject.Inject;

import org.apache.cloudstack.acl.RoleType;
import org.apache.cloudstack.api.ApiCommandResourceType;
import org.apache.cloudstack.api.Identity;
import org.apache.cloudstack.devcloud.account.dao.AccountDao;
import org.apache.cloudstack.devcloud.account.dao.DomainDao;
import org.apache.cloudstack.devcloud.account.dao.EventDao;
import org.apache.cloudstack.devcloud.account.dao.UserDao;
import org.apache.cloudstack.devcloud.api.response.AccountDetailsResponse;
import org.apache.cloudstack.devcloud.api.response.DomainDetailsResponse;
import org.apache.cloudstack.devcloud.api.response.EventResponse;
import org.apache.cloudstack.devcloud.api.response.UserDetailsResponse;

import com.cloud.domain.Domain;
import com.cloud.exception.InvalidParameterValueException;
import com.cloud.projects.Project.ListProjectResourcesCriteria;
import com.cloud.user.Account;
import com.cloud.user.AccountManager;
import com.cloud.user.User;
import com.cloud.utils.Pair;
import com.cloud.utils.Ternary;
import com.cloud.utils.db.EntityManager;
import com.cloud.utils.db.Filter;
import com.cloud.utils.db.SearchBuilder;
import com.cloud.utils.db.SearchCriteria;

/**
 * The account-side list queries (CloudStack's QueryManagerImpl searchForUsers/Accounts/Domains/Events)
 * and their responses. Visibility follows buildACLSearchParameters; the system user and account
 * (id 1) are never listed.
 */
public class AccountQueryService {

    static final Map<RoleType, String> ROLE_NAMES = Map.of(RoleType.Admin, "Root Admin", RoleType.ResourceAdmin, "Resource Admin",
        RoleType.DomainAdmin, "Domain Admin", RoleType.User, "User");

    @Inject
    private AccountManager accountManager;
    @Inject
    private DomainDao domainDao;
    @Inject
    private AccountDao accountDao;
    @Inject
    private UserDao userDao;
    @Inject
    private EventDao eventDao;
    @Inject
    private EntityManager entityManager;

    /**
     * The accounts the caller may list: an explicit list, or null for no restriction (a root admin
     * listing everything).
     */
    public List<Long> visibleAccountIds(Account caller, Long id, String accountName, Long domainId, boolean isRecursive, boolean listAll) {
        List<Long> permitted = new ArrayList<>();
        Ternary<Long, Boolean, ListProjectResourcesCriteria> domainRecursive = new Ternary<>(domainId, isRecursive, null);
        accountManager.buildACLSearchParameters(caller, id, accountName, null, permitted, domainRecursive, listAll, false);
        if (!permitted.isEmpty()) {
            return permitted;
        }
        Long scopeDomain = domainRecursive.first();
        if (scopeDomain == null) {
            return null;
        }
        List<Long> domainIds = Boolean.TRUE.equals(domainRecursive.second()) ? domainDao.getDomainAndChildrenIds(scopeDomain) : List.of(scopeDomain);
        List<Long> ids = new ArrayList<>();
        for (AccountVO a : accountDao.listByDomainIds(domainIds)) {
            ids.add(a.getId());
        }
        return ids;
    }

    private static Object[] idsOrNone(List<Long> ids) {
        // an empty IN list means "nothing visible"; ids start at 1
        return ids.isEmpty() ? new Object[] {-1L} : ids.toArray();
    }

    private static String like(String keyword) {
        return "%" + keyword.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    }

    public Pair<List<UserVO>, Integer> searchForUsers(Account caller, Long id, String username, Integer accountType, String state, String keyword,
        String accountName, Long domainId, boolean isRecursive, boolean listAll, Long startIndex, Long pageSize) {
        List<Long> visible = visibleAccountIds(caller, id, accountName, domainId, isRecursive, listAll);
        // as CloudStack: a number that is no account type filters nothing
        if (accountType != null && Account.Type.getFromValue(accountType) != null) {
            List<Long> ofType = accountDao.listIdsByType(Account.Type.getFromValue(accountType));
            if (visible != null) {
                ofType.retainAll(visible);
            }
            visible = ofType;
        }
        SearchBuilder<UserVO> sb = userDao.createSearchBuilder();
        sb.and("id", sb.entity().getId(), SearchCriteria.Op.EQ);
        sb.and("notSystem", sb.entity().getId(), SearchCriteria.Op.NEQ);
        sb.and("username", sb.entity().getUsername(), SearchCriteria.Op.EQ);
        sb.and("state", sb.entity().getState(), SearchCriteria.Op.EQ);
        sb.and("accountIds", sb.entity().getAccountId(), SearchCriteria.Op.IN);
        if (keyword != null) {
            sb.and().op("kwUsername", sb.entity().getUsername(), SearchCriteria.Op.LIKE);
            sb.or("kwFirstname", sb.entity().getFirstname(), SearchCriteria.Op.LIKE);
            sb.or("kwLastname", sb.entity().getLastname(), SearchCriteria.Op.LIKE);
            sb.cp();
        }
        sb.done();
        SearchCriteria<UserVO> sc = sb.create();
        sc.setParameters("notSystem", User.UID_SYSTEM);
        sc.setParametersIfNotNull("id", id);
        sc.setParametersIfNotNull("username", username);
        if (state != null) {
            sc.setParameters("state", Account.State.getValueOf(state));
        }
        if (visible != null) {
            sc.setParameters("accountIds", idsOrNone(visible));
        }
        if (keyword != null) {
            sc.setParameters("kwUsername", like(keyword));
            sc.setParameters("kwFirstname", like(keyword));
            sc.setParameters("kwLastname", like(keyword));
        }
        return userDao.searchAndCount(sc, new Filter(UserVO.class, "id", true, startIndex, pageSize));
    }

    public Pair<List<AccountVO>, Integer> searchForAccounts(Account caller, Long id, String name, Integer accountType, String state, String keyword,
        Long domainId, boolean isRecursive, boolean listAll, Long startIndex, Long pageSize) {
        if (id != null) {
            AccountVO account = accountDao.findById(id);
            if (account == null || account.getId() == Account.ACCOUNT_ID_SYSTEM) {
                throw new InvalidParameterValueException("Unable to find account by id " + id);
            }
            accountManager.checkAccess(caller, null, true, account);
        }
        List<Long> visible;
        if (id != null) {
            visible = List.of(id);
        } else if (accountManager.isAdmin(caller.getId()) && (listAll || domainId != null)) {
            Long scope = domainId == null ? caller.getDomainId() : domainId;
            Domain domain = domainDao.findById(scope);
            if (domain == null) {
                throw new InvalidParameterValueException("Domain id=" + scope + " doesn't exist");
            }
            accountManager.checkAccess(caller, domain);
            boolean recursive = domainId == null || isRecursive;
            List<Long> domainIds = recursive ? domainDao.getDomainAndChildrenIds(scope) : List.of(scope);
            visible = new ArrayList<>();
            for (AccountVO a : accountDao.listByDomainIds(domainIds)) {
                visible.add(a.getId());
            }
        } else {
            visible = List.of(caller.getId());
        }
        SearchBuilder<AccountVO> sb = accountDao.createSearchBuilder();
        sb.and("ids", sb.entity().getId(), SearchCriteria.Op.IN);
        sb.and("notSystem", sb.entity().getId(), SearchCriteria.Op.NEQ);
        sb.and("name", sb.entity().getAccountName(), SearchCriteria.Op.EQ);
        sb.and("type", sb.entity().getType(), SearchCriteria.Op.EQ);
        sb.and("state", sb.entity().getState(), SearchCriteria.Op.EQ);
        sb.and("keyword", sb.entity().getAccountName(), SearchCriteria.Op.LIKE);
        sb.done();
        SearchCriteria<AccountVO> sc = sb.create();
        sc.setParameters("ids", idsOrNone(visible));
        sc.setParameters("notSystem", Account.ACCOUNT_ID_SYSTEM);
        sc.setParametersIfNotNull("name", name);
        if (accountType != null && Account.Type.getFromValue(accountType) != null) {
            sc.setParameters("type", Account.Type.getFromValue(accountType));
        }
        if (state != null) {
            sc.setParameters("state", Account.State.getValueOf(state));
        }
        if (keyword != null) {
            sc.setParameters("keyword", like(keyword));
        }
        return accountDao.searchAndCount(sc, new Filter(AccountVO.class, "id", true, startIndex, pageSize));
    }

    public Pair<List<DomainVO>, Integer> searchForDomains(Account caller, Long id, String name, Integer level, String keyword, boolean listAll,
        Long startIndex, Long pageSize) {
        Long domainId = id;
        boolean recursive = false;
        if (domainId != null) {
            Domain domain = domainDao.findById(domainId);
            if (domain == null) {
                throw new InvalidParameterValueException("Domain id=" + domainId + " doesn't exist");
            }
            accountManager.checkAccess(caller, domain);
        } else {
            if (caller.getType() != Account.Type.ADMIN) {
                domainId = caller.getDomainId();
            }
            if (listAll) {
                recursive = true;
            }
        }
        SearchBuilder<DomainVO> sb = domainDao.createSearchBuilder();
        sb.and("ids", sb.entity().getId(), SearchCriteria.Op.IN);
        sb.and("name", sb.entity().getName(), SearchCriteria.Op.EQ);
        sb.and("level", sb.entity().getLevel(), SearchCriteria.Op.EQ);
        sb.and("keyword", sb.entity().getName(), SearchCriteria.Op.LIKE);
        sb.done();
        SearchCriteria<DomainVO> sc = sb.create();
        if (domainId != null) {
            sc.setParameters("ids", recursive ? idsOrNone(domainDao.getDomainAndChildrenIds(domainId)) : new Object[] {domainId});
        }
        sc.setParametersIfNotNull("name", name);
        sc.setParametersIfNotNull("level", level);
        if (keyword != null) {
            sc.setParameters("keyword", like(keyword));
        }
        return domainDao.searchAndCount(sc, new Filter(DomainVO.class, "path", true, startIndex, pageSize));
    }

    public Pair<List<EventVO>, Integer> searchForEvents(Account caller, Long id, String type, String level, Date startDate, Date endDate, String keyword,
        String accountName, Long domainId, boolean isRecursive, boolean listAll, Long startId, Long startIndex, Long pageSize) {
        List<Long> visible = visibleAccountIds(caller, id, accountName, domainId, isRecursive, listAll);
        SearchBuilder<EventVO> sb = eventDao.createSearchBuilder();
        sb.and("id", sb.entity().getId(), SearchCriteria.Op.EQ);
        sb.and("type", sb.entity().getType(), SearchCriteria.Op.EQ);
        sb.and("level", sb.entity().getLevel(), SearchCriteria.Op.EQ);
        sb.and("createdFrom", sb.entity().getCreated(), SearchCriteria.Op.GTEQ);
        sb.and("createdTo", sb.entity().getCreated(), SearchCriteria.Op.LTEQ);
        sb.and("accountIds", sb.entity().getAccountId(), SearchCriteria.Op.IN);
        sb.and("startId", sb.entity().getStartId(), SearchCriteria.Op.EQ);
        sb.and("display", sb.entity().isDisplay(), SearchCriteria.Op.EQ);
        if (keyword != null) {
            sb.and().op("kwType", sb.entity().getType(), SearchCriteria.Op.LIKE);
            sb.or("kwDescription", sb.entity().getDescription(), SearchCriteria.Op.LIKE);
            sb.or("kwLevel", sb.entity().getLevel(), SearchCriteria.Op.LIKE);
            sb.cp();
        }
        sb.done();
        SearchCriteria<EventVO> sc = sb.create();
        sc.setParametersIfNotNull("id", id);
        sc.setParametersIfNotNull("type", type);
        sc.setParametersIfNotNull("level", level);
        sc.setParametersIfNotNull("createdFrom", startDate);
        sc.setParametersIfNotNull("createdTo", endDate);
        sc.setParametersIfNotNull("startId", startId);
        if (visible != null) {
            sc.setParameters("accountIds", idsOrNone(visible));
        }
        if (!accountManager.isRootAdmin(caller.getId())) {
            // events of resources hidden from end users (fordisplay=false) stay hidden
            sc.setParameters("display", true);
        }
        if (keyword != null) {
            sc.setParameters("kwType", like(keyword));
            sc.setParameters("kwDescription", like(keyword));
            sc.setParameters("kwLevel", like(keyword));
        }
        return eventDao.searchAndCount(sc, new Filter(EventVO.class, "id", false, startIndex, pageSize));
    }

    // ---- responses ----

    /** Internal ids never leave the server: the resource's UUID, or nothing when it cannot be found. */
    private String resourceUuid(String resourceType, Long resourceId) {
        ApiCommandResourceType type = ApiCommandResourceType.fromString(resourceType);
        if (resourceId == null || type == null || type.getAssociatedClass() == null) {
            return null;
        }
        Object entity = entityManager.findByIdIncludingRemoved(type.getAssociatedClass(), resourceId);
        return entity instanceof Identity ? ((Identity)entity).getUuid() : null;
    }

    public static String roleUuid(RoleType role) {
        return UUID.nameUUIDFromBytes(("devcloud-role-" + role.getId()).getBytes()).toString();
    }

    public UserDetailsResponse userResponse(Account caller, UserVO user) {
        AccountVO account = accountDao.findByIdIncludingRemoved(user.getAccountId());
        UserDetailsResponse r = new UserDetailsResponse();
        r.setId(user.getUuid());
        r.setUsername(user.getUsername());
        r.setFirstname(user.getFirstname());
        r.setLastname(user.getLastname());
        r.setEmail(user.getEmail());
        r.setCreated(user.getCreated());
        r.setState(user.getState().toString());
        r.setTimezone(user.getTimezone());
        r.setUserSource("native");
        r.setIsDefault(user.isDefault());
        r.set2FAenabled(false);
        if (account != null) {
            RoleType role = accountManager.getRoleType(account);
            r.setAccountName(account.getAccountName());
            r.setAccountId(account.getUuid());
            r.setAccountType(account.getType().ordinal());
            if (role != RoleType.Unknown) {
                r.setRoleId(roleUuid(role));
                r.setRoleType(role.name());
                r.setRoleName(ROLE_NAMES.get(role));
            }
            DomainVO domain = domainDao.findByIdIncludingRemoved(account.getDomainId());
            if (domain != null) {
                r.setDomainId(domain.getUuid());
                r.setDomainName(domain.getName());
                r.setDomainPath(DomainPaths.pretty(domain.getPath()));
                r.setIsCallerChildDomain(caller.getDomainId() != domain.getId() && domainDao.isChildDomain(caller.getDomainId(), domain.getId()));
            }
        }
        return r;
    }

    public AccountDetailsResponse accountResponse(Account caller, AccountVO account) {
        AccountDetailsResponse r = new AccountDetailsResponse();
        RoleType role = accountManager.getRoleType(account);
        r.setId(account.getUuid());
        r.setName(account.getAccountName());
        r.setAccountType(account.getType().ordinal());
        if (role != RoleType.Unknown) {
            r.setRoleId(roleUuid(role));
            r.setRoleType(role.name());
            r.setRoleName(ROLE_NAMES.get(role));
        }
        DomainVO domain = domainDao.findByIdIncludingRemoved(account.getDomainId());
        if (domain != null) {
            r.setDomainId(domain.getUuid());
            r.setDomainName(domain.getName());
            r.setDomainPath(DomainPaths.pretty(domain.getPath()));
        }
        r.setState(account.getState().toString());
        r.setCreated(account.getCreated());
        r.setNetworkDomain(account.getNetworkDomain());
        r.setIsDefault(account.isDefault());
        List<UserDetailsResponse> users = new ArrayList<>();
        for (UserVO user : userDao.listByAccount(account.getId())) {
            UserDetailsResponse u = userResponse(caller, user);
            u.setObjectName("user");
            users.add(u);
        }
        r.setUsers(users);
        return r;
    }

    public DomainDetailsResponse domainResponse(DomainVO domain) {
        DomainDetailsResponse r = new DomainDetailsResponse();
        r.setId(domain.getUuid());
        r.setDomainName(domain.getName());
        r.setLevel(domain.getLevel());
        r.setPath(DomainPaths.pretty(domain.getPath()));
        r.setState(domain.getState().name());
        r.setCreated(domain.getCreated());
        r.setNetworkDomain(domain.getNetworkDomain());
        r.setHasChild(domain.getChildCount() > 0);
        if (domain.getParent() != null) {
            DomainVO parent = domainDao.findByIdIncludingRemoved(domain.getParent());
            if (parent != null) {
                r.setParentDomainId(parent.getUuid());
                r.setParentDomainName(parent.getName());
            }
        }
        return r;
    }

    public List<EventResponse> eventResponses(List<EventVO> events) {
        Map<Long, String> eventUuids = new HashMap<>();
        for (EventVO e : events) {
            eventUuids.put(e.getId(), e.getUuid());
        }
        List<EventResponse> responses = new ArrayList<>();
        for (EventVO e : events) {
            EventResponse r = new EventResponse();
            r.setId(e.getUuid());
            r.setEventType(e.getType());
            r.setLevel(e.getLevel());
            r.setDescription(e.getDescription());
            r.setCreated(e.getCreated());
            r.setState(e.getState());
            r.setArchived(e.isArchived());
            r.setResourceType(e.getResourceType());
            r.setResourceId(resourceUuid(e.getResourceType(), e.getResourceId()));
            UserVO user = userDao.findByIdIncludingRemoved(e.getUserId());
            if (user != null) {
                r.setUsername(user.getUsername());
            }
            AccountVO account = accountDao.findByIdIncludingRemoved(e.getAccountId());
            if (account != null) {
                r.setAccountName(account.getAccountName());
            }
            DomainVO domain = domainDao.findByIdIncludingRemoved(e.getDomainId());
            if (domain != null) {
                r.setDomainId(domain.getUuid());
                r.setDomainName(domain.getName());
                r.setDomainPath(DomainPaths.pretty(domain.getPath()));
            }
            if (e.getStartId() != 0 && e.getStartId() != e.getId()) {
                String parent = eventUuids.get(e.getStartId());
                if (parent == null) {
                    EventVO start = eventDao.findById(e.getStartId());
                    parent = start == null ? null : start.getUuid();
                }
                r.setParentId(parent);
            }
            responses.add(r);
        }
        return responses;
    }
}
