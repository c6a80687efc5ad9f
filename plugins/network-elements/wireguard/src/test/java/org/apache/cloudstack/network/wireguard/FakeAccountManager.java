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
package org.apache.cloudstack.network.wireguard;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.cloudstack.acl.ControlledEntity;
import org.apache.cloudstack.acl.RoleType;
import org.apache.cloudstack.acl.SecurityChecker.AccessType;
import org.apache.cloudstack.framework.config.ConfigKey;

import com.cloud.domain.Domain;
import com.cloud.exception.InvalidParameterValueException;
import com.cloud.exception.PermissionDeniedException;
import com.cloud.projects.Project.ListProjectResourcesCriteria;
import com.cloud.user.Account;
import com.cloud.user.AccountManager;
import com.cloud.user.User;
import com.cloud.utils.Ternary;
import com.cloud.utils.db.SearchBuilder;
import com.cloud.utils.db.SearchCriteria;

/**
 * A test double of CloudStack's AccountManager applying CloudStack's access rules: the root admin may
 * do anything, a domain admin anything in its domain's subtree, a user only its own account's objects;
 * list calls see the caller's own objects, or (listall, domainid) a domain subtree the caller may see.
 */
class FakeAccountManager implements AccountManager {

    private final Map<Long, Account> accounts = new HashMap<>();
    private final Map<Long, Domain> domains = new HashMap<>();

    void add(Domain domain) {
        domains.put(domain.getId(), domain);
    }

    void add(Account account) {
        accounts.put(account.getId(), account);
    }

    private boolean inSubtree(long ancestorDomainId, long domainId) {
        Domain ancestor = domains.get(ancestorDomainId);
        Domain domain = domains.get(domainId);
        return ancestor != null && domain != null && domain.getPath().startsWith(ancestor.getPath());
    }

    private List<Long> subtree(long domainId) {
        List<Long> ids = new ArrayList<>();
        for (Domain domain : domains.values()) {
            if (inSubtree(domainId, domain.getId())) {
                ids.add(domain.getId());
            }
        }
        return ids;
    }

    private boolean mayAccess(Account caller, long ownerAccountId, long ownerDomainId) {
        switch (caller.getType()) {
            case ADMIN:
                return true;
            case DOMAIN_ADMIN:
            case RESOURCE_DOMAIN_ADMIN:
                return inSubtree(caller.getDomainId(), ownerDomainId);
            default:
                return caller.getId() == ownerAccountId;
        }
    }

    @Override
    public void checkAccess(Account caller, AccessType accessType, boolean sameOwner, ControlledEntity... entities) {
        for (ControlledEntity entity : entities) {
            if (!mayAccess(caller, entity.getAccountId(), entity.getDomainId())) {
                throw new PermissionDeniedException("Account " + caller.getAccountName() + " does not have permission to operate with resource " + entity.getName());
            }
        }
    }

    @Override
    public void checkAccess(Account caller, AccessType accessType, boolean sameOwner, String apiName, ControlledEntity... entities) {
        checkAccess(caller, accessType, sameOwner, entities);
    }

    @Override
    public void checkAccess(Account caller, Domain domain) {
        if (caller.getType() != Account.Type.ADMIN && !((caller.getType() == Account.Type.DOMAIN_ADMIN && inSubtree(caller.getDomainId(), domain.getId()))
                || (caller.getType() == Account.Type.NORMAL && caller.getDomainId() == domain.getId()))) {
            throw new PermissionDeniedException("Account " + caller.getAccountName() + " does not have permission to access domain " + domain.getName());
        }
    }

    @Override
    public void buildACLSearchParameters(Account caller, Long id, String accountName, Long projectId, List<Long> permittedAccounts,
            Ternary<Long, Boolean, ListProjectResourcesCriteria> domainIdRecursiveListProject, boolean listAll, boolean forProjectInvitation) {
        Long domainId = domainIdRecursiveListProject.first();
        if (domainId != null) {
            Domain domain = domains.get(domainId);
            if (domain == null) {
                throw new InvalidParameterValueException("Unable to find domain by id " + domainId);
            }
            checkAccess(caller, domain);
        }
        if (accountName != null) {
            if (domainId == null) {
                throw new InvalidParameterValueException("account must be used with domainid");
            }
            Account owner = getActiveAccountByName(accountName, domainId);
            if (owner == null) {
                throw new InvalidParameterValueException("Unable to find account " + accountName + " in domain " + domainId);
            }
            checkAccess(caller, null, false, owner);
            permittedAccounts.add(owner.getId());
        }
        if (caller.getType() == Account.Type.NORMAL) {
            permittedAccounts.clear();
            permittedAccounts.add(caller.getId());
        } else if (permittedAccounts.isEmpty() && domainId == null) {
            if (listAll || id != null) {
                domainIdRecursiveListProject.first(caller.getDomainId());
                domainIdRecursiveListProject.second(true);
            } else {
                permittedAccounts.add(caller.getId());
            }
        }
        domainIdRecursiveListProject.third(ListProjectResourcesCriteria.SkipProjectResources);
    }

    @Override
    public void buildACLSearchBuilder(SearchBuilder<? extends ControlledEntity> sb, Long domainId, boolean isRecursive, List<Long> permittedAccounts,
            ListProjectResourcesCriteria listProjectResourcesCriteria) {
        sb.and("aclAccountIds", sb.entity().getAccountId(), SearchCriteria.Op.IN);
        sb.and("aclDomainIds", sb.entity().getDomainId(), SearchCriteria.Op.IN);
    }

    @Override
    public void buildACLSearchCriteria(SearchCriteria<? extends ControlledEntity> sc, Long domainId, boolean isRecursive, List<Long> permittedAccounts,
            ListProjectResourcesCriteria listProjectResourcesCriteria) {
        if (!permittedAccounts.isEmpty()) {
            sc.setParameters("aclAccountIds", permittedAccounts.toArray());
        } else if (domainId != null) {
            sc.setParameters("aclDomainIds", (isRecursive ? subtree(domainId) : List.of(domainId)).toArray());
        }
    }

    @Override
    public Long checkAccessAndSpecifyAuthority(Account caller, Long zoneId) {
        return zoneId;
    }

    @Override
    public Account finalizeOwner(Account caller, String accountName, Long domainId, Long projectId) {
        if (accountName == null && domainId == null) {
            return caller;
        }
        Account owner = getActiveAccountByName(accountName, domainId);
        if (owner == null) {
            throw new InvalidParameterValueException("Unable to find account " + accountName + " in domain " + domainId);
        }
        checkAccess(caller, null, false, owner);
        return owner;
    }

    @Override
    public Account getActiveAccountByName(String accountName, Long domainId) {
        for (Account account : accounts.values()) {
            if (account.getAccountName().equals(accountName) && domainId != null && account.getDomainId() == domainId) {
                return account;
            }
        }
        return null;
    }

    @Override
    public Account getActiveAccountById(long accountId) {
        return accounts.get(accountId);
    }

    @Override
    public Account getAccount(long accountId) {
        return accounts.get(accountId);
    }

    @Override
    public Account getSystemAccount() {
        return null;
    }

    @Override
    public User getSystemUser() {
        return null;
    }

    @Override
    public User getActiveUser(long userId) {
        return null;
    }

    @Override
    public boolean isAdmin(Long accountId) {
        Account account = accounts.get(accountId);
        return account != null && account.getType() != Account.Type.NORMAL;
    }

    @Override
    public boolean isRootAdmin(Long accountId) {
        Account account = accounts.get(accountId);
        return account != null && account.getType() == Account.Type.ADMIN;
    }

    @Override
    public boolean isRootAdmin(Account account) {
        return account != null && account.getType() == Account.Type.ADMIN;
    }

    @Override
    public boolean isDomainAdmin(Long accountId) {
        Account account = accounts.get(accountId);
        return account != null && account.getType() == Account.Type.DOMAIN_ADMIN;
    }

    @Override
    public boolean isNormalUser(long accountId) {
        Account account = accounts.get(accountId);
        return account != null && account.getType() == Account.Type.NORMAL;
    }

    @Override
    public RoleType getRoleType(Account account) {
        return RoleType.getByAccountType(account.getType());
    }

    @Override
    public Long finalyzeAccountId(String accountName, Long domainId, Long projectId, boolean enabledOnly) {
        Account account = getActiveAccountByName(accountName, domainId);
        return account == null ? null : account.getId();
    }

    @Override
    public String getConfigComponentName() {
        return "FakeAccountManager";
    }

    @Override
    public ConfigKey<?>[] getConfigKeys() {
        return new ConfigKey<?>[0];
    }
}
