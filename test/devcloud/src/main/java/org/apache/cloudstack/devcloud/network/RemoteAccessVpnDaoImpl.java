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
package org.apache.cloudstack.devcloud.network;

import java.util.List;

import com.cloud.utils.db.GenericDaoBase;
import com.cloud.utils.db.SearchBuilder;
import com.cloud.utils.db.SearchCriteria;

public class RemoteAccessVpnDaoImpl extends GenericDaoBase<RemoteAccessVpnVO, Long> {
    private final SearchBuilder<RemoteAccessVpnVO> allFieldsSearch;

    public RemoteAccessVpnDaoImpl() {
        allFieldsSearch = createSearchBuilder();
        allFieldsSearch.and("ipId", allFieldsSearch.entity().getServerAddressId(), SearchCriteria.Op.EQ);
        allFieldsSearch.and("networkId", allFieldsSearch.entity().getNetworkId(), SearchCriteria.Op.EQ);
        allFieldsSearch.done();
    }

    public RemoteAccessVpnVO findByPublicIpAddress(long ipId) {
        SearchCriteria<RemoteAccessVpnVO> sc = allFieldsSearch.create();
        sc.setParameters("ipId", ipId);
        return findOneBy(sc);
    }

    public List<RemoteAccessVpnVO> listByNetwork(long networkId) {
        SearchCriteria<RemoteAccessVpnVO> sc = allFieldsSearch.create();
        sc.setParameters("networkId", networkId);
        return listBy(sc);
    }
}
