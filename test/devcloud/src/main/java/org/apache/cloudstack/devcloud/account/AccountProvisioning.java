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

import com.cloud.user.Account;
import com.cloud.utils.Pair;

/**
 * Creating domains, accounts, users and API keys (what CloudStack's createDomain/createAccount/
 * registerUserKeys do), for devcloud's seed data and for tests.
 */
public interface AccountProvisioning {

    /** A domain under the parent (ROOT when null parent is not allowed: use {@link com.cloud.domain.Domain#ROOT_DOMAIN}). */
    DomainVO createDomain(String name, long parentId);

    /** An account; its role is the default role of its type (Root Admin, Domain Admin, User…). */
    AccountVO createAccount(String accountName, Account.Type type, long domainId);

    /** A user of the account; the password is stored salted and hashed. */
    UserVO createUser(long accountId, String username, String password, String firstname, String lastname, String email, String timezone);

    /** New random API and secret keys for the user. */
    Pair<String, String> createApiKeys(long userId);

    /** Sets the user's API and secret keys (fixed keys for tests and demos). */
    void setApiKeys(long userId, String apiKey, String secretKey);

    DomainVO findDomainByPath(String path);

    AccountVO findAccount(String accountName, long domainId);

    UserVO findUser(String username, long domainId);
}
