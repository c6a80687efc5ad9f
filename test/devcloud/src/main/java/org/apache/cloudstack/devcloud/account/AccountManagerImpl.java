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

import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import javax.inject.Inject;
import javax.naming.ConfigurationException;

import org.apache.cloudstack.acl.ControlledEntity;
import org.apache.cloudstack.acl.RoleType;
import org.apache.cloudstack.acl.SecurityChecker.AccessType;
import org.apache.cloudstack.context.CallContext;
import org.apache.cloudstack.devcloud.account.dao.AccountDao;
import org.apache.cloudstack.devcloud.account.dao.DomainDao;
import org.apache.cloudstack.devcloud.account.dao.UserDao;
import org.apache.cloudstack.framework.config.ConfigKey;

import com.cloud.domain.Domain;
import com.cloud.exception.InvalidParameterValueException;
import com.cloud.exception.PermissionDeniedException;
import com.cloud.projects.Project;
import com.cloud.projects.Project.ListProjectResourcesCriteria;
import com.cloud.user.Account;
import com.cloud.user.AccountManager;
import com.cloud.user.User;
import com.cloud.utils.Pair;
import com.cloud.utils.Ternary;
import com.cloud.utils.component.ManagerBase;
import com.cloud.utils.db.EntityManager;
import com.cloud.utils.db.SearchBuilder;
import com.cloud.utils.db.SearchCriteria;

/**
 * CloudStack's account manager with its DomainChecker rules: the root admin may do everything; a
 * domain admin may act on accounts of its domain and the domains below; a user only on its own
 * account. Texts of the PermissionDeniedExceptions are CloudStack's.
 *
 * <p>Projects are not modelled: no project exists, so project parameters find nothing and project
 * accounts (type PROJECT) are reachable only by root and domain admins.
 */
public class AccountManagerImpl extends ManagerBase implements AccountManager, ApiAuthenticationService, AccountProvisioning {

    static final String ACL_ACCOUNT_IDS = "accountIdIN";
    static final String ACL_DOMAIN_ID = "domainId";
    static final String ACL_DOMAIN_IDS = "aclDomainIdIN";
    static final String ACL_PROJECT_ACCOUNTS_ONLY = "aclProjectAccountIdIN";
    static final String ACL_SKIP_PROJECT_ACCOUNTS = "aclProjectAccountIdNIN";

    private static final SecureRandom RANDOM = new SecureRandom();

    @Inject
    private DomainDao domainDao;
    @Inject
    private AccountDao accountDao;
    @Inject
    private UserDao userDao;
    @Inject
    private EntityManager entityManager;

    @Override
    public boolean configure(String name, Map<String, Object> params) throws ConfigurationException {
        super.configure(name, params);
        CallContext.init(entityManager, this);
        return true;
    }

    @Override
    public String getConfigComponentName() {
        return AccountManager.class.getSimpleName();
    }

    @Override
    public ConfigKey<?>[] getConfigKeys() {
        return new ConfigKey<?>[0];
    }

    // ---- lookups ----

    @Override
    public Account getAccount(long accountId) {
        return accountDao.findByIdIncludingRemoved(accountId);
    }

    @Override
    public Account getActiveAccountById(long accountId) {
        return accountDao.findById(accountId);
    }

    @Override
    public Account getActiveAccountByName(String accountName, Long domainId) {
        if (accountName == null || domainId == null) {
            throw new InvalidParameterValueException("Both accountName and domainId are required");
        }
        return accountDao.findActiveAccount(accountName, domainId);
    }

    @Override
    public Account getSystemAccount() {
        return accountDao.findById(Account.ACCOUNT_ID_SYSTEM);
    }

    @Override
    public User getSystemUser() {
        return userDao.findById(User.UID_SYSTEM);
    }

    @Override
    public User getActiveUser(long userId) {
        return userDao.findById(userId);
    }

    @Override
    public User getUserIncludingRemoved(long userId) {
        return userDao.findByIdIncludingRemoved(userId);
    }

    @Override
    public Domain getDomain(long id) {
        return domainDao.findById(id);
    }

    @Override
    public Domain findDomainByUuid(String uuid) {
        return uuid == null ? null : domainDao.findByUuid(uuid);
    }

    /** DomainManagerImpl.findDomainByIdOrPath: the id wins, then the path, ROOT when neither is given. */
    @Override
    public Domain findDomainByIdOrPath(Long id, String path) {
        if (id != null && id > 0) {
            return domainDao.findById(id);
        }
        String trimmed = path == null ? null : path.trim();
        if (trimmed == null || trimmed.isEmpty()) {
            return domainDao.findById(Domain.ROOT_DOMAIN);
        }
        if (!trimmed.startsWith("/")) {
            trimmed = "/" + trimmed;
        }
        if (!trimmed.endsWith("/")) {
            trimmed = trimmed + "/";
        }
        return domainDao.findDomainByPath(trimmed);
    }

    // ---- roles ----

    /** The role by the account's role id (CloudStack's default role ids), else by its type. */
    @Override
    public RoleType getRoleType(Account account) {
        if (account == null) {
            return RoleType.Unknown;
        }
        if (account.getRoleId() != null) {
            for (RoleType role : RoleType.values()) {
                if (role.getId() == account.getRoleId()) {
                    return role;
                }
            }
        }
        return RoleType.getByAccountType(account.getType());
    }

    @Override
    public boolean isRootAdmin(Account account) {
        return account != null && getRoleType(account) == RoleType.Admin;
    }

    @Override
    public boolean isRootAdmin(Long accountId) {
        return accountId != null && isRootAdmin(accountDao.findById(accountId));
    }

    @Override
    public boolean isDomainAdmin(Long accountId) {
        Account account = accountId == null ? null : accountDao.findById(accountId);
        return account != null && getRoleType(account) == RoleType.DomainAdmin;
    }

    @Override
    public boolean isAdmin(Long accountId) {
        Account account = accountId == null ? null : accountDao.findById(accountId);
        if (account == null) {
            return false;
        }
        RoleType role = getRoleType(account);
        return role == RoleType.Admin || role == RoleType.DomainAdmin || role == RoleType.ResourceAdmin || account.getType() == Account.Type.READ_ONLY_ADMIN;
    }

    @Override
    public boolean isNormalUser(long accountId) {
        Account account = accountDao.findById(accountId);
        return account != null && account.getType() == Account.Type.NORMAL;
    }

    // ---- access checks (AccountManagerImpl.checkAccess with DomainChecker) ----

    @Override
    public void checkAccess(Account caller, Domain domain) throws PermissionDeniedException {
        if (caller.getState() != Account.State.ENABLED) {
            throw new PermissionDeniedException(String.format("Account %s is disabled.", caller));
        }
        if (domain == null) {
            throw new PermissionDeniedException(String.format("Provided domain is NULL, cannot check access for account [%s]", caller));
        }
        long domainId = domain.getId();
        if (isNormalUser(caller.getId())) {
            if (caller.getDomainId() != domainId) {
                throw new PermissionDeniedException(String.format("Account %s does not have permission to operate within domain id=%s", caller, domain.getUuid()));
            }
        } else if (!domainDao.isChildDomain(caller.getDomainId(), domainId)) {
            throw new PermissionDeniedException(String.format("Account %s does not have permission to operate within domain id=%s", caller, domain.getUuid()));
        }
    }

    @Override
    public void checkAccess(Account caller, AccessType accessType, boolean sameOwner, ControlledEntity... entities) throws PermissionDeniedException {
        checkAccess(caller, accessType, sameOwner, null, entities);
    }

    @Override
    public void checkAccess(Account caller, AccessType accessType, boolean sameOwner, String apiName, ControlledEntity... entities) throws PermissionDeniedException {
        if (sameOwner) {
            Long ownerId = null;
            ControlledEntity prevEntity = null;
            for (ControlledEntity entity : entities) {
                if (ownerId == null) {
                    ownerId = entity.getAccountId();
                } else if (!ownerId.equals(entity.getAccountId())) {
                    throw new PermissionDeniedException("Entity " + entity + " and entity " + prevEntity + " belong to different accounts");
                }
                prevEntity = entity;
            }
        }
        if (caller.getId() == Account.ACCOUNT_ID_SYSTEM || isRootAdmin(caller.getId())) {
            return;
        }
        Map<Long, List<ControlledEntity>> domains = new HashMap<>();
        for (ControlledEntity entity : entities) {
            long domainId = entity.getDomainId();
            if (entity.getAccountId() != -1 && domainId == -1) {
                Account owner = accountDao.findByIdIncludingRemoved(entity.getAccountId());
                domainId = owner == null ? -1 : owner.getDomainId();
            }
            if (entity.getAccountId() != -1 && domainId != -1) {
                domains.computeIfAbsent(domainId, k -> new ArrayList<>()).add(entity);
            }
            validateCallerHasAccessToEntityOwner(caller, entity);
        }
        for (Map.Entry<Long, List<ControlledEntity>> e : domains.entrySet()) {
            Domain d = domainDao.findById(e.getKey());
            if (d == null) {
                throw new PermissionDeniedException("Domain is not found.", caller, e.getValue());
            }
            try {
                checkAccess(caller, d);
            } catch (PermissionDeniedException ex) {
                ex.addDetails(caller, e.getValue());
                throw ex;
            }
        }
    }

    /** DomainChecker.validateCallerHasAccessToEntityOwner. */
    private void validateCallerHasAccessToEntityOwner(Account caller, ControlledEntity entity) {
        PermissionDeniedException denied = new PermissionDeniedException("Caller does not have permission to operate with provided resource.");
        if (isRootAdmin(caller.getId()) || caller.getId() == entity.getAccountId()) {
            return;
        }
        Account owner = accountDao.findById(entity.getAccountId());
        if (owner == null) {
            logger.error("Owner not found for entity [owner id: {}, type: {}]", entity.getAccountId(), entity.getEntityType());
            throw denied;
        }
        Account.Type callerType = caller.getType();
        boolean domainAdmin = callerType == Account.Type.DOMAIN_ADMIN || callerType == Account.Type.RESOURCE_DOMAIN_ADMIN;
        if (domainAdmin && domainDao.isChildDomain(caller.getDomainId(), owner.getDomainId())) {
            return;
        }
        logger.error("Caller: {} does not have permission to access entity [owner: {}, type: {}]", caller, owner, entity.getEntityType());
        throw denied;
    }

    @Override
    public Account finalizeOwner(Account caller, String accountName, Long domainId, Long projectId) {
        if (caller.getId() == Account.ACCOUNT_ID_SYSTEM && ((accountName == null || domainId == null) && projectId == null)) {
            throw new InvalidParameterValueException("Account and domainId are needed for resource creation");
        }
        if ((accountName != null && domainId != null) && projectId != null) {
            throw new InvalidParameterValueException("ProjectId and account/domainId can't be specified together");
        }
        if (projectId != null) {
            throw new InvalidParameterValueException("Unable to find project by id=" + projectId);
        }
        if (isAdmin(caller.getId()) && accountName != null && domainId != null) {
            Domain domain = domainDao.findById(domainId);
            if (domain == null) {
                throw new InvalidParameterValueException("Unable to find the domain by id=" + domainId);
            }
            Account owner = accountDao.findActiveAccount(accountName, domainId);
            if (owner == null) {
                throw new InvalidParameterValueException("Unable to find account " + accountName + " in domain " + domainId);
            }
            checkAccess(caller, domain);
            return owner;
        } else if (!isAdmin(caller.getId()) && accountName != null && domainId != null) {
            if (!accountName.equals(caller.getAccountName()) || domainId.longValue() != caller.getDomainId()) {
                throw new PermissionDeniedException("Can't create/list resources for account " + accountName + " in domain " + domainId + ", permission denied");
            }
            return caller;
        } else {
            if ((accountName == null && domainId != null) || (accountName != null && domainId == null)) {
                throw new InvalidParameterValueException("AccountName and domainId must be specified together");
            }
            return caller;
        }
    }

    @Override
    public Long finalyzeAccountId(String accountName, Long domainId, Long projectId, boolean enabledOnly) {
        if (accountName != null) {
            if (domainId == null) {
                throw new InvalidParameterValueException("Account must be specified with domainId parameter");
            }
            Domain domain = domainDao.findById(domainId);
            if (domain == null) {
                throw new InvalidParameterValueException("Unable to find domain by id");
            }
            Account account = accountDao.findActiveAccount(accountName, domainId);
            if (account != null && account.getType() != Account.Type.PROJECT) {
                if (!enabledOnly || account.getState() == Account.State.ENABLED) {
                    return account.getId();
                }
                throw new PermissionDeniedException("Can't add resources to the account id=" + account.getId() + " in state=" + account.getState()
                    + " as it's no longer active");
            }
            throw new InvalidParameterValueException("Unable to find account by name " + accountName + " in domain " + domain.getUuid());
        }
        if (projectId != null) {
            throw new InvalidParameterValueException("Unable to find project by id " + projectId);
        }
        return null;
    }

    // ---- list filters (buildACLSearchParameters/Builder/Criteria) ----

    @Override
    public void buildACLSearchParameters(Account caller, Long id, String accountName, Long projectId, List<Long> permittedAccounts,
        Ternary<Long, Boolean, ListProjectResourcesCriteria> domainIdRecursiveListProject, boolean listAll, boolean forProjectInvitation) {
        Long domainId = domainIdRecursiveListProject.first();
        if (domainId != null) {
            Domain domain = domainDao.findById(domainId);
            if (domain == null) {
                throw new InvalidParameterValueException("Unable to find domain by id " + domainId);
            }
            checkAccess(caller, domain);
        }
        if (accountName != null) {
            if (projectId != null) {
                throw new InvalidParameterValueException("Account and projectId can't be specified together");
            }
            Account userAccount = accountDao.findActiveAccount(accountName, domainId != null ? domainId : caller.getDomainId());
            if (userAccount == null) {
                throw new InvalidParameterValueException("could not find account " + accountName + " in domain " + domainId);
            }
            checkAccess(caller, null, false, userAccount);
            permittedAccounts.add(userAccount.getId());
        }
        if (projectId != null) {
            if (!forProjectInvitation) {
                if (projectId == -1) {
                    if (caller.getType() != Account.Type.NORMAL) {
                        domainIdRecursiveListProject.third(Project.ListProjectResourcesCriteria.ListProjectResourcesOnly);
                    }
                    // a normal user is a member of no project: nothing more to add
                } else {
                    throw new InvalidParameterValueException("Unable to find project by id " + projectId);
                }
            }
        } else {
            if (id == null) {
                domainIdRecursiveListProject.third(Project.ListProjectResourcesCriteria.SkipProjectResources);
            }
            if (permittedAccounts.isEmpty() && domainId == null) {
                if (caller.getType() == Account.Type.NORMAL) {
                    permittedAccounts.add(caller.getId());
                } else if (!listAll) {
                    if (id == null) {
                        permittedAccounts.add(caller.getId());
                    } else if (caller.getType() != Account.Type.ADMIN) {
                        domainIdRecursiveListProject.first(caller.getDomainId());
                        domainIdRecursiveListProject.second(true);
                    }
                } else if (caller.getType() == Account.Type.DOMAIN_ADMIN) {
                    domainIdRecursiveListProject.first(caller.getDomainId());
                    domainIdRecursiveListProject.second(true);
                }
            } else if (domainId != null) {
                if (caller.getType() == Account.Type.NORMAL) {
                    permittedAccounts.add(caller.getId());
                }
            }
        }
    }

    /**
     * The conditions CloudStack builds with joins on {@code domain} (path LIKE) and {@code account}
     * (type), as plain IN / NOT IN conditions on the entity's own columns: the shim's SearchBuilder
     * has no joins. Conditions left without parameters are not applied.
     */
    @Override
    public void buildACLSearchBuilder(SearchBuilder<? extends ControlledEntity> sb, Long domainId, boolean isRecursive, List<Long> permittedAccounts,
        ListProjectResourcesCriteria listProjectResourcesCriteria) {
        sb.and(ACL_ACCOUNT_IDS, sb.entity().getAccountId(), SearchCriteria.Op.IN);
        sb.and(ACL_DOMAIN_ID, sb.entity().getDomainId(), SearchCriteria.Op.EQ);
        if (permittedAccounts.isEmpty() && domainId != null && isRecursive) {
            sb.and(ACL_DOMAIN_IDS, sb.entity().getDomainId(), SearchCriteria.Op.IN);
        }
        if (listProjectResourcesCriteria == ListProjectResourcesCriteria.ListProjectResourcesOnly) {
            sb.and(ACL_PROJECT_ACCOUNTS_ONLY, sb.entity().getAccountId(), SearchCriteria.Op.IN);
        } else if (listProjectResourcesCriteria == ListProjectResourcesCriteria.SkipProjectResources) {
            sb.and(ACL_SKIP_PROJECT_ACCOUNTS, sb.entity().getAccountId(), SearchCriteria.Op.NIN);
        }
    }

    @Override
    public void buildACLSearchCriteria(SearchCriteria<? extends ControlledEntity> sc, Long domainId, boolean isRecursive, List<Long> permittedAccounts,
        ListProjectResourcesCriteria listProjectResourcesCriteria) {
        if (listProjectResourcesCriteria != null) {
            List<Long> projectAccounts = accountDao.listIdsByType(Account.Type.PROJECT);
            if (listProjectResourcesCriteria == ListProjectResourcesCriteria.ListProjectResourcesOnly) {
                // no project accounts: match nothing (ids start at 1)
                sc.setParameters(ACL_PROJECT_ACCOUNTS_ONLY, projectAccounts.isEmpty() ? new Object[] {-1L} : projectAccounts.toArray());
            } else if (listProjectResourcesCriteria == ListProjectResourcesCriteria.SkipProjectResources && !projectAccounts.isEmpty()) {
                sc.setParameters(ACL_SKIP_PROJECT_ACCOUNTS, projectAccounts.toArray());
            }
        }
        if (!permittedAccounts.isEmpty()) {
            sc.setParameters(ACL_ACCOUNT_IDS, permittedAccounts.toArray());
        } else if (domainId != null) {
            if (isRecursive) {
                sc.setParameters(ACL_DOMAIN_IDS, domainDao.getDomainAndChildrenIds(domainId).toArray());
            } else {
                sc.setParameters(ACL_DOMAIN_ID, domainId);
            }
        }
    }

    @Override
    public Long checkAccessAndSpecifyAuthority(Account caller, Long zoneId) {
        // devcloud has one zone and no resource domain admins bound to a zone
        return zoneId;
    }

    // ---- authentication ----

    @Override
    public Ternary<User, Account, String> findUserByApiKey(String apiKey) {
        if (apiKey == null || apiKey.isEmpty()) {
            return null;
        }
        UserVO user = userDao.findUserByApiKey(apiKey);
        if (user == null) {
            return null;
        }
        Account account = accountDao.findByIdIncludingRemoved(user.getAccountId());
        return new Ternary<>(user, account, user.getSecretKey());
    }

    @Override
    public User authenticate(String username, String password, long domainId) {
        UserVO user = findUser(username, domainId);
        if (user == null || user.getState() != Account.State.ENABLED) {
            return null;
        }
        Account account = accountDao.findById(user.getAccountId());
        if (account == null || account.getState() != Account.State.ENABLED) {
            return null;
        }
        return PasswordHasher.matches(password, user.getPassword()) ? user : null;
    }

    // ---- provisioning ----

    @Override
    public DomainVO createDomain(String name, long parentId) {
        if (domainDao.findByParentAndName(parentId, name) != null) {
            throw new InvalidParameterValueException("Domain with name " + name + " already exists for the parent id=" + parentId);
        }
        return domainDao.create(new DomainVO(name, Account.ACCOUNT_ID_SYSTEM, parentId, null));
    }

    @Override
    public AccountVO createAccount(String accountName, Account.Type type, long domainId) {
        if (domainDao.findById(domainId) == null) {
            throw new InvalidParameterValueException("Unable to find domain by id " + domainId);
        }
        if (accountDao.findActiveAccount(accountName, domainId) != null) {
            throw new InvalidParameterValueException("The specified account: " + accountName + " already exists");
        }
        RoleType role = RoleType.getByAccountType(type);
        Long roleId = role == RoleType.Unknown ? null : role.getId();
        return accountDao.persist(new AccountVO(accountName, domainId, null, type, roleId));
    }

    @Override
    public UserVO createUser(long accountId, String username, String password, String firstname, String lastname, String email, String timezone) {
        Account account = accountDao.findById(accountId);
        if (account == null) {
            throw new InvalidParameterValueException("Unable to find account by id " + accountId);
        }
        if (findUser(username, account.getDomainId()) != null) {
            throw new InvalidParameterValueException("The user " + username + " already exists in domain " + account.getDomainId());
        }
        return userDao.persist(new UserVO(accountId, username, PasswordHasher.hash(password), firstname, lastname, email, timezone));
    }

    @Override
    public Pair<String, String> createApiKeys(long userId) {
        String apiKey = randomKey();
        String secretKey = randomKey();
        setApiKeys(userId, apiKey, secretKey);
        return new Pair<>(apiKey, secretKey);
    }

    @Override
    public void setApiKeys(long userId, String apiKey, String secretKey) {
        UserVO user = userDao.findById(userId);
        if (user == null) {
            throw new InvalidParameterValueException("Unable to find user by id " + userId);
        }
        UserVO existing = userDao.findUserByApiKey(apiKey);
        if (existing != null && existing.getId() != userId) {
            throw new InvalidParameterValueException("The API key is already in use");
        }
        user.setApiKey(apiKey);
        user.setSecretKey(secretKey);
        userDao.update(userId, user);
    }

    private static String randomKey() {
        byte[] bytes = new byte[64];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    @Override
    public DomainVO findDomainByPath(String path) {
        return domainDao.findDomainByPath(path);
    }

    @Override
    public AccountVO findAccount(String accountName, long domainId) {
        return accountDao.findActiveAccount(accountName, domainId);
    }

    @Override
    public UserVO findUser(String username, long domainId) {
        if (username == null) {
            return null;
        }
        for (UserVO user : userDao.listByUsername(username)) {
            Account account = accountDao.findById(user.getAccountId());
            if (account != null && account.getDomainId() == domainId) {
                return user;
            }
        }
        return null;
    }
}
