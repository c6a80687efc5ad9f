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
package org.apache.cloudstack.devcloud.account.dao;

import java.util.List;

import org.apache.cloudstack.devcloud.account.UserVO;

import com.cloud.utils.db.GenericDaoBase;
import com.cloud.utils.db.SearchBuilder;
import com.cloud.utils.db.SearchCriteria;

public class UserDaoImpl extends GenericDaoBase<UserVO, Long> implements UserDao {

    private final SearchBuilder<UserVO> apiKeySearch;
    private final SearchBuilder<UserVO> usernameSearch;
    private final SearchBuilder<UserVO> accountSearch;

    public UserDaoImpl() {
        apiKeySearch = createSearchBuilder();
        apiKeySearch.and("apiKey", apiKeySearch.entity().getApiKey(), SearchCriteria.Op.EQ);
        apiKeySearch.done();

        usernameSearch = createSearchBuilder();
        usernameSearch.and("username", usernameSearch.entity().getUsername(), SearchCriteria.Op.EQ);
        usernameSearch.done();

        accountSearch = createSearchBuilder();
        accountSearch.and("accountId", accountSearch.entity().getAccountId(), SearchCriteria.Op.EQ);
        accountSearch.done();
    }

    @Override
    public UserVO findUserByApiKey(String apiKey) {
        SearchCriteria<UserVO> sc = apiKeySearch.create();
        sc.setParameters("apiKey", apiKey);
        return findOneBy(sc);
    }

    @Override
    public List<UserVO> listByUsername(String username) {
        SearchCriteria<UserVO> sc = usernameSearch.create();
        sc.setParameters("username", username);
        return listBy(sc);
    }

    @Override
    public List<UserVO> listByAccount(long accountId) {
        SearchCriteria<UserVO> sc = accountSearch.create();
        sc.setParameters("accountId", accountId);
        return listBy(sc);
    }
}
