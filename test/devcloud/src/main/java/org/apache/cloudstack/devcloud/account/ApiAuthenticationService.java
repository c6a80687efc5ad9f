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

import com.cloud.domain.Domain;
import com.cloud.user.Account;
import com.cloud.user.User;
import com.cloud.utils.Ternary;

/**
 * What the HTTP layer needs from the account side to authenticate a request: API keys, passwords,
 * domains by id or path.
 */
public interface ApiAuthenticationService {

    /**
     * @return the user owning the API key, its account and the secret key; null when the key is unknown
     */
    Ternary<User, Account, String> findUserByApiKey(String apiKey);

    /**
     * @return the enabled user with that name and password in the domain, or null
     */
    User authenticate(String username, String password, long domainId);

    /**
     * The domain by id when given, else by path ({@code /} is ROOT, {@code /a/b/} a child), as
     * DomainManager.findDomainByIdOrPath.
     */
    Domain findDomainByIdOrPath(Long id, String path);

    Domain findDomainByUuid(String uuid);

    Domain getDomain(long id);

    User getUserIncludingRemoved(long userId);
}
