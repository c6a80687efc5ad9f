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
package org.apache.cloudstack.devcloud.api.testcmd;

import java.util.Date;
import java.util.List;
import java.util.Map;

import org.apache.cloudstack.acl.RoleType;
import org.apache.cloudstack.api.APICommand;
import org.apache.cloudstack.api.ApiConstants;
import org.apache.cloudstack.api.BaseCmd;
import org.apache.cloudstack.api.Parameter;
import org.apache.cloudstack.api.response.DomainResponse;

/** Echoes every parameter type back, parsed: the dispatcher's parameter handling under test. */
@APICommand(name = "testEcho", description = "echoes its parameters", responseObject = TestThingResponse.class, since = "4.22.0",
    authorized = {RoleType.Admin, RoleType.ResourceAdmin, RoleType.DomainAdmin, RoleType.User})
public class TestEchoCmd extends BaseCmd {

    @Parameter(name = ApiConstants.NAME, type = CommandType.STRING, required = true, length = 10, description = "a name of at most 10 characters")
    private String name;

    @Parameter(name = "flag", type = CommandType.BOOLEAN, description = "a boolean")
    private Boolean flag;

    @Parameter(name = "number", type = CommandType.INTEGER, description = "an integer")
    private Integer number;

    @Parameter(name = "big", type = CommandType.LONG, description = "a long")
    private Long big;

    @Parameter(name = "small", type = CommandType.SHORT, description = "a short")
    private Short small;

    @Parameter(name = "ratio", type = CommandType.FLOAT, description = "a float")
    private Float ratio;

    @Parameter(name = "precise", type = CommandType.DOUBLE, description = "a double")
    private Double precise;

    @Parameter(name = "day", type = CommandType.DATE, description = "a date")
    private Date day;

    @Parameter(name = ApiConstants.DOMAIN_ID, type = CommandType.UUID, entityType = DomainResponse.class, since = "4.22.0", description = "a domain")
    private Long domainId;

    @Parameter(name = "legacydomainid", type = CommandType.UUID, entityType = DomainResponse.class, description = "a domain, by UUID or number")
    private Long legacyDomainId;

    @Parameter(name = "words", type = CommandType.LIST, collectionType = CommandType.STRING, description = "a list of strings")
    private List<String> words;

    @Parameter(name = "domainids", type = CommandType.LIST, collectionType = CommandType.UUID, entityType = DomainResponse.class, description = "domains")
    private List<Long> domainIds;

    @Parameter(name = "details", type = CommandType.MAP, description = "a map")
    private Map<String, Object> details;

    @Parameter(name = "adminonly", type = CommandType.STRING, authorized = {RoleType.Admin}, description = "a parameter only the root admin may pass")
    private String adminOnly;

    @Override
    public void execute() {
        TestThingResponse r = new TestThingResponse();
        r.name = name;
        r.flag = flag;
        r.number = number;
        r.big = big;
        r.small = small;
        r.ratio = ratio;
        r.precise = precise;
        r.day = day;
        r.domainInternalId = domainId;
        r.legacyDomainInternalId = legacyDomainId;
        r.words = words;
        r.domainInternalIds = domainIds;
        r.details = details == null ? null : convertDetailsToMap(details);
        r.secret = adminOnly == null ? "s3cr3t" : adminOnly;
        r.setResponseName(getCommandName());
        setResponseObject(r);
    }

    @Override
    public long getEntityOwnerId() {
        return 0;
    }
}
